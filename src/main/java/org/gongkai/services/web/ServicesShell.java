package org.gongkai.services.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.HomeBlock;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.identity.Me;
import org.gongkai.services.FeaturedGuides;
import org.gongkai.services.GuideSummary;
import org.gongkai.services.ServiceGuides;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What this module gives the shell: the section 办事服务 (service guides) with its home-page block of 常用服务, the console entry for those who write
 * guides, and every published guide's page in the sitemap.
 */
@Component
class ServicesShell implements PortalSection.Declared, ConsoleMenu, SitemapEntries {

	/** 办事服务, after 权责清单 (600) in the order of the national website rules. */
	private static final Entry ENTRY = new Entry("/services", 700, "nav.services", "nav.services.description");

	/** After the latest interpretations (300), before the application figures (400). */
	private static final int HOME_ORDER = 390;

	/** The home page's dates are China's. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The register of certificates removed, a page of the section rather than a section of its own. */
	@Configuration(proxyBeanMethods = false)
	static class RegisterPage {

		@Bean
		SitemapEntries certificatesRemovedPage() {
			return SitemapEntries.fixed("services-certificates-removed", List.of("/services/certificates-removed"));
		}

	}

	private final ServiceGuides guides;

	ServicesShell(ServiceGuides guides) {
		this.guides = guides;
	}

	@Override
	public Entry entry() {
		return ENTRY;
	}

	/**
	 * 常用服务: the guides the office put on the home page, in its order ({@link FeaturedGuides}), each with the
	 * day it was published; no block while none is chosen.
	 */
	@Override
	public Optional<HomeBlock> homeBlock() {
		List<GuideSummary> featured = guides.featured(FeaturedGuides.SHOWN);
		if (featured.isEmpty()) {
			return Optional.empty();
		}
		List<HomeBlock.Item> items = featured.stream()
			.map(g -> new HomeBlock.Item("/services/" + g.code(), g.name(), day(g.publishedAt()), null, null))
			.toList();
		LocalDate updated = featured.stream()
			.map(g -> day(g.updatedAt()))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return Optional.of(new HomeBlock("home.services", ENTRY.path(), HOME_ORDER, items, List.of(), updated));
	}

	private static LocalDate day(Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, CHINA);
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return ServiceGuides.maySee(Me.of(staff))
				? List.of(MenuEntry.of("/admin/services", "services.console.nav", 145)) : List.of();
	}

	@Override
	public String name() {
		return "services";
	}

	@Override
	public long count() {
		return guides.publishedCount();
	}

	@Override
	public List<String> paths(int page, int size) {
		return guides.publishedCodes(page, size).stream().map(code -> "/services/" + code).toList();
	}

}
