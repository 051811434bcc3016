package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.support.StaffWithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The layouts' sections and the console's menu are what the modules contribute, in their order. */
class LayoutAttributesTest {

	private final AtomicInteger asked = new AtomicInteger();

	private final ConsoleMenu cases = staff -> {
		asked.incrementAndGet();
		return staff.hasRole("HANDLER") ? List.of(new MenuEntry("/admin/cases", "cases", 200,
				new MenuEntry.Badge(3, "cases.overdue"))) : List.of();
	};

	private final ConsoleMenu publishing = staff -> List.of(MenuEntry.of("/admin/notes", "notes", 100),
			MenuEntry.of("/admin/own", "own", 900));

	private final LayoutAttributes attributes = new LayoutAttributes(SitePropertiesTest.site(null, null),
			List.of(section("/later", 900), section("/first", 100)), List.of(cases, publishing));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSectionsAreTheContributedOnesInTheirOrder() {
		MockHttpServletRequest request = handle();
		@SuppressWarnings("unchecked")
		List<PortalSection> sections = (List<PortalSection>) request.getAttribute("sections");
		assertThat(sections).extracting(PortalSection::path).containsExactly("/first", "/later");
		assertThat(request.getAttribute("consoleMenu")).as("nobody signed in: no menu").isNull();
	}

	@Test
	void theMenuHoldsWhatEachModuleOffersTheMemberInOrderWithBadges() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(new StaffWithRole("HANDLER"), null));
		List<?> menu = (List<?>) handle().getAttribute("consoleMenu");
		assertThat(menu).extracting("path").containsExactly("/admin/notes", "/admin/cases", "/admin/own");
		assertThat(((MenuEntry) menu.get(1)).badge().count()).isEqualTo(3);

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(new StaffWithRole("EDITOR"), null));
		assertThat((List<?>) handle().getAttribute("consoleMenu")).extracting("path")
			.containsExactly("/admin/notes", "/admin/own");
	}

	@Test
	void aPageThatShowsNoMenuAsksNoModuleForItsCounts() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(new StaffWithRole("HANDLER"), null));
		handle();
		assertThat(asked).hasValue(0);
	}

	private MockHttpServletRequest handle() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");
		attributes.preHandle(request, new MockHttpServletResponse(), new Object());
		return request;
	}

	private static PortalSection section(String path, int order) {
		return new PortalSection() {

			@Override
			public String path() {
				return path;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public String messageKey() {
				return "nav" + path.replace('/', '.');
			}

			@Override
			public String descriptionKey() {
				return messageKey() + ".description";
			}

		};
	}

}
