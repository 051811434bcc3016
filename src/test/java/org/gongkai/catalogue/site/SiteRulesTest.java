package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.PublicLinks;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

/** The site's rules without the application: pager, download names, category tree, XML text. */
class SiteRulesTest {

	@Test
	void thePagerReachesEveryPageWithoutACap() {
		Pager pager = Pager.of(26, 1000, 20, p -> "/catalogue?page=" + p);
		assertThat(pager.last()).isEqualTo(50);
		assertThat(pager.links()).containsExactly(1, 0, 24, 25, 26, 27, 28, 0, 50);
		assertThat(pager.url(50)).isEqualTo("/catalogue?page=50");
		assertThat(Pager.of(1, 41, 20, p -> "").links()).containsExactly(1, 2, 3);
		assertThat(Pager.of(1, 0, 20, p -> "").needed()).isFalse();
		assertThat(Pager.of(50, 1000, 20, p -> "").hasNext()).isFalse();
	}

	@Test
	void theCanonicalUrlLeavesOutEmptyFiltersAndTheFirstPage() {
		assertThat(new CatalogueQuery(3L, null, 2026, " ", Validity.REPEALED, 1).url(1))
			.isEqualTo("/catalogue?category=3&year=2026&validity=REPEALED");
		assertThat(new CatalogueQuery(null, null, null, "通知公告", null, 1).url(2))
			.isEqualTo("/catalogue?type=%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A&page=2");
	}

	@Test
	void aDownloadNameIsKeptInUtf8WithAnAsciiFallback() {
		String header = DownloadNames.contentDisposition("附件1：申请表（2026 年）.docx", 7);
		assertThat(header).startsWith("attachment; filename=\"1_2026.docx\"; filename*=UTF-8''");
		String encoded = header.substring(header.indexOf("''") + 2);
		assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("附件1：申请表（2026 年）.docx");
		assertThat(DownloadNames.asciiFallback("通知.pdf", 9)).isEqualTo("attachment-9.pdf");
		assertThat(DownloadNames.asciiFallback("a\"b;c\\d.pdf", 9)).isEqualTo("a_b_c_d.pdf");
	}

	@Test
	void theTreeCountsDocumentsBelowEachCategoryAndNeverOffersACycle() {
		List<CategoryView> categories = List.of(new CategoryView(1, null, "a", "法规文件", 10),
				new CategoryView(2, 1L, "b", "规章", 10), new CategoryView(3, 2L, "c", "地方规章", 10),
				new CategoryView(4, null, "d", "就业创业", 20));
		CategoryTree tree = CategoryTree.of(categories, java.util.Map.of(1L, 1L, 3L, 4L, 4L, 2L));
		assertThat(tree.nodes().stream().map(n -> n.indentedName() + "=" + n.count()))
			.containsExactly("法规文件=5", "\u3000规章=4", "\u3000\u3000地方规章=4", "就业创业=2");
		assertThat(tree.possibleParentsOf(2).stream().map(CategoryTree.Node::id)).containsExactly(1L, 4L);
	}

	@Test
	void theConfiguredPublicAddressWinsOverTheRequestsHost() {
		SiteLinks links = new SiteLinks(new PublicLinks(" https://rst.hunan.gov.cn/gongkai/ "));
		assertThat(links.document(12)).isEqualTo("https://rst.hunan.gov.cn/gongkai/catalogue/documents/12");
		assertThat(links.absolute("/sitemap.xml")).isEqualTo("https://rst.hunan.gov.cn/gongkai/sitemap.xml");
		assertThat(links.host()).isEqualTo("rst.hunan.gov.cn");
	}

}
