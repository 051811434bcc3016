package org.gongkai.catalogue.console;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload whose declared length is over the server's multipart limit, recognised before anything reads its
 * body. Tomcat would otherwise fail the first {@code getParameter} call (the CSRF check, the locale switch) and
 * answer with a bare error page. Here the request goes on with only its query parameters (the console's upload
 * form carries its CSRF token in the URL), and reading its parts fails as Spring's "maximum upload size
 * exceeded", which the document page (413, message at the upload field) and the API (413 problem details)
 * answer. A body without a declared length still meets Tomcat's own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizedUploads extends OncePerRequestFilter {

	private final long limit;

	OversizedUploads(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.limit = maxFileSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		chain.doFilter(multipart && request.getContentLengthLong() > limit ? new Oversized(request, limit) : request,
				response);
	}

	/** The request without its body: parameters from the query string only, parts refused. */
	static final class Oversized extends HttpServletRequestWrapper {

		private final Map<String, String[]> query;

		private final long limit;

		Oversized(HttpServletRequest request, long limit) {
			super(request);
			this.query = parse(request.getQueryString());
			this.limit = limit;
		}

		@Override
		public String getParameter(String name) {
			String[] values = query.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = query.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(query);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(query.keySet());
		}

		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException("the request size exceeds the upload limit of " + limit + " bytes");
		}

		@Override
		public Part getPart(String name) {
			return getParts().iterator().next();
		}

		private static Map<String, String[]> parse(String queryString) {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			if (queryString == null || queryString.isEmpty()) {
				return parameters;
			}
			for (String pair : queryString.split("&")) {
				int eq = pair.indexOf('=');
				String name = decode(eq < 0 ? pair : pair.substring(0, eq));
				String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
				parameters.merge(name, new String[] { value }, Oversized::concat);
			}
			return parameters;
		}

		private static String decode(String s) {
			try {
				return URLDecoder.decode(s, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return s;
			}
		}

		private static String[] concat(String[] a, String[] b) {
			String[] all = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, all, a.length, b.length);
			return all;
		}

	}

}
