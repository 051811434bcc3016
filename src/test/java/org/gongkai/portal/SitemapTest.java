package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;

import org.gongkai.common.shell.SitemapEntries;
import org.junit.jupiter.api.Test;

/** The sitemap files without the application: every contributor's pages, in one file or numbered files. */
class SitemapTest {

	private static final List<String> SEVEN_DOCUMENTS = LongStream.rangeClosed(1, 7)
		.mapToObj(id -> "/catalogue/documents/" + id)
		.toList();

	private final SitemapEntries documents = SitemapEntries.fixed("documents", SEVEN_DOCUMENTS);

	private final SitemapEntries decisions = SitemapEntries.fixed("decision-list", List.of("/decisions"));

	@Test
	void aLargeSiteGetsAnIndexAndNumberedFilesPerContributor() throws Exception {
		Sitemap sitemap = new Sitemap(4, 2, List.of(documents, decisions), path -> "https://example.org" + path);
		assertThat(write(out -> sitemap.writeRoot(out, List.of("/")))).contains("<sitemapindex")
			.contains("<loc>https://example.org/sitemaps/pages.xml</loc>")
			.contains("<loc>https://example.org/sitemaps/documents-2.xml</loc>")
			.contains("<loc>https://example.org/sitemaps/decision-list-1.xml</loc>")
			.doesNotContain("documents-3.xml");
		assertThat(sitemap.fileOf("documents", 2)).contains(documents);
		assertThat(sitemap.fileOf("documents", 3)).isEmpty();
		assertThat(sitemap.fileOf("interpretations", 1)).isEmpty();
		assertThat(write(out -> sitemap.writeFile(out, documents, 2))).contains("/catalogue/documents/5</loc>")
			.contains("/catalogue/documents/7</loc>")
			.doesNotContain("/catalogue/documents/4</loc>");
	}

	@Test
	void aSmallSiteIsOneFileWithEveryContributorsPages() throws Exception {
		Sitemap roomy = new Sitemap(10, 2, List.of(documents, decisions), path -> "https://example.org" + path);
		assertThat(write(out -> roomy.writeRoot(out, List.of("/")))).contains("<urlset")
			.contains("<loc>https://example.org/</loc>")
			.contains("/catalogue/documents/1</loc>")
			.contains("/catalogue/documents/7</loc>")
			.contains("<loc>https://example.org/decisions</loc>");
	}

	interface Writing {

		void to(ByteArrayOutputStream out) throws Exception;

	}

	private static String write(Writing writing) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writing.to(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
