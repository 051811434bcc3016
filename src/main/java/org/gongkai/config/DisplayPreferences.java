package org.gongkai.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.DisplaySwitches;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The accessibility toolbar's choices (larger text, high contrast), kept in cookies and switched by plain
 * links ({@code ?contrast=high}, {@code ?text=large}) so that they work without JavaScript.
 *
 * @param highContrast dark background, bright text, underlined links
 * @param largeText the base font size raised by a third
 */
public record DisplayPreferences(boolean highContrast, boolean largeText) {

	private static final String ATTRIBUTE = DisplayPreferences.class.getName();

	public String cssClasses() {
		return (highContrast ? "high-contrast " : "") + (largeText ? "large-text" : "");
	}

	static DisplayPreferences of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof DisplayPreferences chosen) {
			return chosen;
		}
		Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
		boolean contrast = Arrays.stream(cookies).anyMatch(c -> DisplaySwitches.CONTRAST_COOKIE.equals(c.getName()) && "high".equals(c.getValue()));
		boolean large = Arrays.stream(cookies).anyMatch(c -> DisplaySwitches.TEXT_COOKIE.equals(c.getName()) && "large".equals(c.getValue()));
		return new DisplayPreferences(contrast, large);
	}

	/** Applies {@code ?contrast=} and {@code ?text=} for this response and remembers them for a year. */
	static class Interceptor implements HandlerInterceptor {

		private static final Set<String> CONTRASTS = Set.of("high", "normal");

		private static final Set<String> TEXTS = Set.of("large", "normal");

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			request.setAttribute(SwitchLinks.ATTRIBUTE, SwitchLinks.of(request));
			String contrast = String.valueOf(request.getParameter(DisplaySwitches.CONTRAST_PARAMETER));
			String text = String.valueOf(request.getParameter(DisplaySwitches.TEXT_PARAMETER));
			if (!CONTRASTS.contains(contrast) && !TEXTS.contains(text)) {
				return true;
			}
			DisplayPreferences current = of(request);
			boolean highContrast = CONTRASTS.contains(contrast) ? "high".equals(contrast) : current.highContrast();
			boolean largeText = TEXTS.contains(text) ? "large".equals(text) : current.largeText();
			remember(response, DisplaySwitches.CONTRAST_COOKIE, highContrast ? "high" : "normal");
			remember(response, DisplaySwitches.TEXT_COOKIE, largeText ? "large" : "normal");
			request.setAttribute(ATTRIBUTE, new DisplayPreferences(highContrast, largeText));
			return true;
		}

		private static void remember(HttpServletResponse response, String name, String value) {
			ResponseCookie cookie = ResponseCookie.from(name, value)
				.path("/")
				.maxAge(Duration.ofDays(365))
				.sameSite("Lax")
				.httpOnly(true)
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}

	}

}
