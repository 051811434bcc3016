package org.gongkai.config;

import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.SignedInStaff;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What both layouts need on every page: the site identity, the portal's sections (every {@link PortalSection}
 * bean, by order), the display preferences and the current path; for a signed-in member the console's menu
 * ({@code consoleMenu}: every {@link ConsoleMenu} bean's entries for them, by order). Set as request attributes
 * before any handler runs, so that error pages and views returned by exception handlers render the full layout too.
 */
class LayoutAttributes implements HandlerInterceptor {

	private final SiteProperties site;

	private final List<PortalSection> sections;

	private final List<ConsoleMenu> menus;

	LayoutAttributes(SiteProperties site, List<PortalSection> sections, List<ConsoleMenu> menus) {
		this.site = site;
		this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
		this.menus = List.copyOf(menus);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute("site", site.in(RequestContextUtils.getLocale(request)));
		request.setAttribute("sections", sections);
		request.setAttribute("prefs", DisplayPreferences.of(request));
		request.setAttribute("currentPath", request.getRequestURI());
		SignedInStaff.current().ifPresent(staff -> request.setAttribute("consoleMenu", new Menu(menus, staff)));
		return true;
	}

	/**
	 * The member's entries, collected when a page first shows them: a download or a redirect after a form asks
	 * no module for its badge counts.
	 */
	static final class Menu extends AbstractList<MenuEntry> {

		private final List<ConsoleMenu> menus;

		private final StaffActor staff;

		private List<MenuEntry> entries;

		Menu(List<ConsoleMenu> menus, StaffActor staff) {
			this.menus = menus;
			this.staff = staff;
		}

		private List<MenuEntry> entries() {
			if (entries == null) {
				entries = menus.stream()
					.flatMap(menu -> menu.entries(staff).stream())
					.sorted(Comparator.comparingInt(MenuEntry::order))
					.toList();
			}
			return entries;
		}

		@Override
		public MenuEntry get(int index) {
			return entries().get(index);
		}

		@Override
		public int size() {
			return entries().size();
		}

	}

}
