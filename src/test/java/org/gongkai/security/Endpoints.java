package org.gongkai.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped route of the application, one per method and path pattern, read from Spring MVC's handler
 * mapping: the suites are generated from it, so an endpoint added later is checked (or named as unchecked)
 * without anyone remembering to list it.
 */
record Endpoints(List<Endpoint> all) {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?\\}");

	/** One route: {@code GET /admin/documents/{id}}, whether it takes a multipart body. */
	record Endpoint(String method, String pattern, boolean multipart) {

		String key() {
			return method + " " + pattern;
		}

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher m = VARIABLE.matcher(pattern);
			while (m.find()) {
				names.add(m.group(1));
			}
			return names;
		}

		boolean changes() {
			return !method.equals("GET");
		}

		boolean api() {
			return pattern.startsWith("/api/v1/admin/");
		}

		boolean console() {
			return pattern.equals("/admin") || pattern.startsWith("/admin/");
		}

		/** The URI with each variable replaced by {@code values} (by name). */
		String uri(java.util.Map<String, String> values) {
			Matcher m = VARIABLE.matcher(pattern);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				String value = values.get(m.group(1));
				if (value == null) {
					throw new IllegalStateException("no value for {" + m.group(1) + "} in " + key());
				}
				m.appendReplacement(out, Matcher.quoteReplacement(value));
			}
			m.appendTail(out);
			return out.toString();
		}

	}

	static Endpoints of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(m.name(), pattern, multipart(info)));
				}
			}
		});
		// One route per method and pattern; where a JSON and a multipart handler share it, the JSON one.
		endpoints.sort(Comparator.comparing(Endpoint::pattern)
			.thenComparing(Endpoint::method)
			.thenComparing(Endpoint::multipart));
		java.util.Map<String, Endpoint> byKey = new java.util.LinkedHashMap<>();
		endpoints.forEach(e -> byKey.putIfAbsent(e.key(), e));
		return new Endpoints(List.copyOf(byKey.values()));
	}

	private static boolean multipart(RequestMappingInfo info) {
		return info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
	}

	/** The staff routes: the console and the staff API. */
	List<Endpoint> staff() {
		return all.stream().filter(e -> (e.api() || e.console()) && !e.pattern().equals("/admin/login")).toList();
	}

}
