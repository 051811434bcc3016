package org.gongkai.catalogue.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.shell.HomeBlock;
import org.gongkai.common.shell.PortalSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue's two sections of the portal: 公开指南 (the guide) and 公开目录 (the catalogue), with the home page's
 * blocks of the latest 通知公告 and the latest policy documents (the category 法规文件).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueSections {

	/** Documents of this type are the home page's notices (通知公告). */
	static final String NOTICE_TYPE = "通知公告";

	/** The category whose documents are the home page's policy documents (法规文件). */
	static final String POLICY_CATEGORY = "regulations";

	/** Items per home-page block. */
	static final int LATEST = 6;

	@Bean
	PortalSection guideSection() {
		return new Section("/guide", 100, "nav.guide", List::of);
	}

	@Bean
	PortalSection catalogueSection(Catalogue catalogue) {
		return new Section("/catalogue", 200, "nav.catalogue", () -> blocks(catalogue));
	}

	private static List<HomeBlock> blocks(Catalogue catalogue) {
		HomeBlock notices = block("home.catalogue.notices",
				UriComponentsBuilder.fromPath("/catalogue").queryParam("type", NOTICE_TYPE).encode().toUriString(),
				100, catalogue.publicPage(new CatalogueFilter(null, null, null, NOTICE_TYPE, null), 0, LATEST)
					.getContent());
		Optional<HomeBlock> policies = catalogue.categories()
			.stream()
			.filter(c -> c.code().equals(POLICY_CATEGORY))
			.map(CategoryView::id)
			.findFirst()
			.map(id -> block("home.catalogue.policies", "/catalogue?category=" + id, 110,
					catalogue.publicPage(new CatalogueFilter(id, null, null, null, null), 0, LATEST).getContent()));
		return policies.map(p -> List.of(notices, p)).orElse(List.of(notices));
	}

	private static HomeBlock block(String headingKey, String moreHref, int order, List<DocumentSummary> documents) {
		List<HomeBlock.Item> items = documents.stream()
			.map(d -> new HomeBlock.Item("/catalogue/documents/" + d.id(), d.title(), published(d), null, null))
			.toList();
		LocalDate updatedOn = items.isEmpty() ? null : items.get(0).date();
		return new HomeBlock(headingKey, moreHref, order, items, List.of(), updatedOn);
	}

	private static LocalDate published(DocumentSummary document) {
		return document.publishedAt() == null ? null : document.publishedAt().atZone(SiteDates.ZONE).toLocalDate();
	}

	/** A section of this module: its name's key, and the description's key after it. */
	private record Section(String path, int order, String messageKey, java.util.function.Supplier<List<HomeBlock>> blocks)
			implements PortalSection {

		@Override
		public String descriptionKey() {
			return messageKey + ".description";
		}

		@Override
		public List<HomeBlock> homeBlocks() {
			return blocks.get();
		}

	}

}
