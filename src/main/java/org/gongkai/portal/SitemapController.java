package org.gongkai.portal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.PageCacheProperties;
import org.gongkai.common.PublicCaching;
import org.gongkai.common.PublicLinks;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.common.shell.SitemapEntries;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /sitemap.xml} (every public page: the home page, every section, and every page the modules list through
 * {@link SitemapEntries}) and {@code /robots.txt} (everything may be crawled except the console and the staff
 * API).
 */
@Controller
class SitemapController {

	/** The sitemap protocol's limit of URLs per file. */
	static final int URLS_PER_FILE = 50_000;

	private static final int CHUNK = 500;

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final List<String> pages;

	private final Sitemap sitemap;

	private final PublicCaching caching;

	private final PageCacheProperties cacheProperties;

	private final PublicLinks links;

	SitemapController(List<PortalSection> sections, List<SitemapEntries> entries, PublicCaching caching,
			PageCacheProperties cacheProperties, PublicLinks links) {
		this.pages = Stream.concat(Stream.of("/"),
				sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).map(PortalSection::path))
			.toList();
		this.sitemap = new Sitemap(URLS_PER_FILE, CHUNK, List.copyOf(entries), links::absolute);
		this.caching = caching;
		this.cacheProperties = cacheProperties;
		this.links = links;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(WebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		if (!caching.dataNotModified(request, caching.current())) {
			response.setContentType(XML.toString());
			sitemap.writeRoot(response.getOutputStream(), pages);
		}
	}

	@GetMapping("/sitemaps/pages.xml")
	void pages(WebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		if (!caching.dataNotModified(request, caching.current())) {
			response.setContentType(XML.toString());
			sitemap.writePages(response.getOutputStream(), pages);
		}
	}

	@GetMapping("/sitemaps/{name:[a-z][a-z0-9-]*}-{file:\\d{1,9}}.xml")
	void file(@PathVariable String name, @PathVariable int file, WebRequest request, HttpServletResponse response)
			throws IOException, XMLStreamException {
		SitemapEntries source = sitemap.fileOf(name, file)
			.orElseThrow(() -> RuleViolation.notFound("site.sitemap.notFound", file));
		if (!caching.dataNotModified(request, caching.current())) {
			response.setContentType(XML.toString());
			sitemap.writeFile(response.getOutputStream(), source, file);
		}
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Allow: /
				Disallow: /admin
				Disallow: /api/v1/admin
				Sitemap: %s
				""".formatted(links.absolute("/sitemap.xml"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(cacheProperties.publicMaxAge()).cachePublic())
			.body(robots);
	}

}
