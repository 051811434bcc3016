package org.gongkai.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's display choices that change a public page's bytes: language ({@code ?lang=}), contrast and
 * text size ({@code ?contrast=}, {@code ?text=}), each remembered in a cookie. A response to a request that
 * switches one sets a cookie and must not be shared; a shared page differs by the cookies.
 */
public final class DisplaySwitches {

	public static final String LANGUAGE_PARAMETER = "lang";

	public static final String CONTRAST_PARAMETER = "contrast";

	public static final String TEXT_PARAMETER = "text";

	public static final String LANGUAGE_COOKIE = "gk-lang";

	public static final String CONTRAST_COOKIE = "gk-contrast";

	public static final String TEXT_COOKIE = "gk-text";

	private static final List<String> PARAMETERS = List.of(LANGUAGE_PARAMETER, CONTRAST_PARAMETER, TEXT_PARAMETER);

	private static final Set<String> COOKIES = Set.of(LANGUAGE_COOKIE, CONTRAST_COOKIE, TEXT_COOKIE);

	private DisplaySwitches() {
	}

	/** Whether the request switches a display choice (and its response therefore sets a cookie). */
	public static boolean switching(HttpServletRequest request) {
		for (String parameter : PARAMETERS) {
			if (request.getParameter(parameter) != null) {
				return true;
			}
		}
		return false;
	}

	/** The request's display cookies by name, in a stable order, for cache keys and validators. */
	public static String cookies(HttpServletRequest request) {
		Map<String, String> values = new TreeMap<>();
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIES.contains(cookie.getName())) {
					values.put(cookie.getName(), cookie.getValue());
				}
			}
		}
		return values.toString();
	}

}
