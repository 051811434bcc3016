package org.gongkai.services.web;

import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.identity.Me;
import org.gongkai.services.ServiceGuides;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What this module gives the shell: the section 办事服务 (service guides), the console entry for those who write
 * guides, and every published guide's page in the sitemap.
 */
@Component
class ServicesShell implements PortalSection.Declared, ConsoleMenu, SitemapEntries {

	/** 办事服务, after 权责清单 (600) in the order of the national website rules. */
	private static final Entry ENTRY = new Entry("/services", 700, "nav.services", "nav.services.description");

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
