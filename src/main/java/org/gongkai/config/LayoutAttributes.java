package org.gongkai.config;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.portal.Section;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What both layouts need on every page: the site identity, the portal's sections, the display preferences
 * and the current path. Set as request attributes before any handler runs, so that error pages and views
 * returned by exception handlers render the full layout too.
 */
class LayoutAttributes implements HandlerInterceptor {

	private static final List<Section> SECTIONS = List.of(Section.values());

	private final SiteProperties site;

	LayoutAttributes(SiteProperties site) {
		this.site = site;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute("site", site.in(RequestContextUtils.getLocale(request)));
		request.setAttribute("sections", SECTIONS);
		request.setAttribute("prefs", DisplayPreferences.of(request));
		request.setAttribute("currentPath", request.getRequestURI());
		return true;
	}

}
