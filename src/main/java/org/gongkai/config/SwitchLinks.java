package org.gongkai.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.common.DisplaySwitches;
import org.springframework.web.util.UriUtils;

/**
 * The toolbar's links (language, text size, contrast) to the page being read: same path, same query, the switch
 * added in place of any earlier one. Relative to this host only (a path beginning with one slash), so a crafted
 * address cannot turn a switch into a link elsewhere; the template escapes it as an attribute.
 *
 * @param path the page's path as requested (still percent-encoded), context path included
 * @param query the query without any display switch, percent-encoded, possibly empty
 */
public record SwitchLinks(String path, String query) {

	static final String ATTRIBUTE = "switches";

	private static final Set<String> SWITCHES = Set.of(DisplaySwitches.LANGUAGE_PARAMETER,
			DisplaySwitches.CONTRAST_PARAMETER, DisplaySwitches.TEXT_PARAMETER);

	/** The link that sets {@code name} to {@code value} on this page. */
	public String to(String name, String value) {
		String pair = UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "="
				+ UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
		return path + "?" + (query.isEmpty() ? pair : query + "&" + pair);
	}

	static SwitchLinks of(HttpServletRequest request) {
		String path = firstNonNull(request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI),
				request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI());
		String query = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
				? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
				: request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null ? null : request.getQueryString();
		return new SwitchLinks(onThisHost(path), withoutSwitches(query));
	}

	/** A path of this host: a leading "//" (another host) or anything else odd collapses to one slash. */
	private static String onThisHost(String path) {
		String trimmed = path.replaceFirst("^[/\\\\]+", "");
		return "/" + trimmed;
	}

	private static String withoutSwitches(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String pair : query.split("&")) {
			String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			if (!pair.isEmpty() && !SWITCHES.contains(decoded(name))) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

	private static String decoded(String name) {
		try {
			return UriUtils.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return name;
		}
	}

	private static String firstNonNull(Object... values) {
		for (Object value : values) {
			if (value != null) {
				return value.toString();
			}
		}
		return "/";
	}

}
