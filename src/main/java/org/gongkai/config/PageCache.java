package org.gongkai.config;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.DisplaySwitches;
import org.gongkai.common.PageCacheProperties;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.shell.PersonalPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The server's own cache of anonymous public pages, in front of everything else (security included), so that a
 * spike of citizens reading the same policy costs one rendering per page and second rather than one per reader.
 * <p>
 * A response is kept when a page marked it {@code Cache-Control: public} (the catalogue's pages, feeds,
 * sitemap and documents API do so for anonymous readers), it is a 200 without a cookie, and the request came
 * without a session, without credentials and without {@code Cache-Control: no-cache} (a forced reload asks for
 * a fresh rendering, as HTTP says). Pages are kept per address and per display cookie (language, contrast, text
 * size) and only while the {@link PublicVersion} they were rendered under is current: a publication shows within
 * {@code gongkai.page-cache.check-every} on every node, without any node telling another. Conditional requests
 * are answered from the kept validators; a conditional request that misses asks the application for the whole
 * page, keeps it and is answered from it. The memory used is bounded ({@code gongkai.page-cache.max-size}), and
 * the least used pages go first.
 * <p>
 * A page is rendered once at a time: the readers who ask for it while it is being rendered (after a publication,
 * every kept page is stale at once) wait for that rendering and are answered from what it kept, for at most
 * {@link #RENDER_WAIT}. An address whose last rendering was not kept (private, too large, an error) does not make
 * its readers wait.
 */
class PageCache extends OncePerRequestFilter {

	static final String STATUS_HEADER = "X-Page-Cache";

	/** Headers of a response that describe that one transfer, not the page. */
	private static final Set<String> TRANSFER_HEADERS = Set.of("date", "content-length", "transfer-encoding",
			"connection", "keep-alive", "set-cookie", "content-type", STATUS_HEADER.toLowerCase(Locale.ROOT));

	private final PublicVersion versions;

	private final PageCacheProperties properties;

	/** The modules' personal addresses ({@link PersonalPages}), passed by untouched. */
	private final List<PathPattern> personal;

	/** How long a reader waits for another request's rendering of the same page before rendering it itself. */
	static final long RENDER_WAIT = TimeUnit.SECONDS.toMillis(10);

	private final Cache<String, Kept> pages;

	/** Pages being rendered now, by key; a reader of one of them waits for its latch. */
	private final ConcurrentMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

	/** Keys whose last rendering was not kept: their readers render without waiting for one another. */
	private final Cache<String, Boolean> notKept;

	PageCache(PublicVersion versions, PageCacheProperties properties, List<PersonalPages> personalPages) {
		this.versions = versions;
		this.properties = properties;
		this.personal = personalPages.stream()
			.flatMap(pages -> pages.patterns().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Kept kept) -> key.length() * 2 + kept.size())
			.expireAfterWrite(properties.timeToLive())
			.build();
		this.notKept = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.timeToLive()).build();
	}

	/** A kept response: what a client needs to see the same page. */
	private record Kept(String version, String contentType, List<Map.Entry<String, String>> headers, byte[] body,
			String etag, long lastModified) {

		int size() {
			return this.body.length + 64 * this.headers.size() + 128;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!anonymousRead(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		String version = this.versions.current().tag();
		Kept kept = this.pages.getIfPresent(key);
		if (kept != null && kept.version().equals(version)) {
			send(kept, request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		CountDownLatch mine = new CountDownLatch(1);
		CountDownLatch other = this.notKept.getIfPresent(key) != null ? null : this.rendering.putIfAbsent(key, mine);
		if (other != null) {
			kept = awaitKept(other, key, version);
			if (kept != null) {
				send(kept, request, response);
			}
			else {
				render(request, response, chain, key, version);
			}
			return;
		}
		try {
			if (render(request, response, chain, key, version)) {
				this.notKept.invalidate(key);
			}
			else {
				this.notKept.put(key, Boolean.TRUE);
			}
		}
		finally {
			this.rendering.remove(key, mine);
			mine.countDown();
		}
	}

	/** The page another request is rendering, once it is kept; {@code null} when it was not (or took too long). */
	private Kept awaitKept(CountDownLatch other, String key, String version) {
		try {
			if (!other.await(RENDER_WAIT, TimeUnit.MILLISECONDS)) {
				return null;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		Kept kept = this.pages.getIfPresent(key);
		return kept != null && kept.version().equals(version) ? kept : null;
	}

	/** Asks the application for the page and keeps it when it may be kept; whether it was. */
	private boolean render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			String version) throws ServletException, IOException {
		// A conditional request that missed asks for the whole page (as a shared cache does), so that the page is
		// kept and the next revalidations are answered here; the reader still gets the 304 it asked for, also when
		// the response is not kept (too large, say).
		boolean conditional = request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
		HttpServletRequest whole = conditional ? new Unconditional(request) : request;
		Bounded wrapper = new Bounded(response, this.properties.maxEntrySize().toBytes(), conditional ? request : null);
		chain.doFilter(whole, wrapper);
		if (wrapper.passedThrough()) {
			return false;
		}
		boolean keepable = keepable(whole, wrapper);
		if (keepable) {
			this.pages.put(key, keep(wrapper, version));
			wrapper.setHeader(STATUS_HEADER, "miss");
		}
		if (conditional && notModified(request, wrapper)) {
			wrapper.resetBuffer();
		}
		wrapper.copyBodyToResponse();
		return keepable;
	}

	/**
	 * Buffers a response only while it could still be kept: a body written through the output stream (a download)
	 * that grows past {@code max-entry-size} is sent on as it comes instead of being held in memory, or, for a
	 * revalidation whose validators match, answered 304 and the rest discarded.
	 */
	private static final class Bounded extends ContentCachingResponseWrapper {

		private final long limit;

		private final HttpServletRequest conditional;

		private ServletOutputStream stream;

		private boolean passing;

		private boolean discarding;

		Bounded(HttpServletResponse response, long limit, HttpServletRequest conditional) {
			super(response);
			this.limit = limit;
			this.conditional = conditional;
		}

		boolean passedThrough() {
			return this.passing || this.discarding;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				ServletOutputStream cached = super.getOutputStream();
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						write(new byte[] { (byte) b }, 0, 1);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						if (Bounded.this.discarding) {
							return;
						}
						if (Bounded.this.passing) {
							getResponse().getOutputStream().write(bytes, offset, length);
							return;
						}
						cached.write(bytes, offset, length);
						if (getContentSize() > Bounded.this.limit) {
							overflow();
						}
					}

					@Override
					public boolean isReady() {
						return cached.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						cached.setWriteListener(listener);
					}

				};
			}
			return this.stream;
		}

		/** Too large to keep: a matching revalidation gets its 304, anything else is sent on from here. */
		private void overflow() throws IOException {
			if (this.conditional != null && notModified(this.conditional, this)) {
				this.discarding = true;
				resetBuffer();
				return;
			}
			this.passing = true;
			// Not complete: the declared Content-Length (if any) goes out, not the size buffered so far.
			copyBodyToResponse(false);
		}

	}

	/** The request without its validators: what the page cache asks of the application on a miss. */
	private static final class Unconditional extends HttpServletRequestWrapper {

		private static final Set<String> VALIDATORS = Set.of(HttpHeaders.IF_NONE_MATCH.toLowerCase(Locale.ROOT),
				HttpHeaders.IF_MODIFIED_SINCE.toLowerCase(Locale.ROOT));

		Unconditional(HttpServletRequest request) {
			super(request);
		}

		private static boolean validator(String name) {
			return VALIDATORS.contains(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String getHeader(String name) {
			return validator(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return validator(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter(name -> !validator(name)).toList());
		}

		@Override
		public long getDateHeader(String name) {
			return validator(name) ? -1 : super.getDateHeader(name);
		}

	}

	/** A GET or HEAD by someone without a session or credentials, who does not ask for a fresh rendering. */
	private boolean anonymousRead(HttpServletRequest request) {
		if (!this.properties.enabled() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null
				|| request.getSession(false) != null || personal(request)) {
			return false;
		}
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		String pragma = request.getHeader(HttpHeaders.PRAGMA);
		return !(cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store")))
				&& !(pragma != null && pragma.contains("no-cache"));
	}

	private boolean personal(HttpServletRequest request) {
		if (this.personal.isEmpty()) {
			return false;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : this.personal) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The page's address, parameters and display cookies, and whether it came over HTTPS: a page rendered for a
	 * secure request carries HSTS, which a reader over HTTPS must get and one over plain HTTP need not.
	 */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.isSecure() ? "s " : "").append(request.getRequestURI());
		Map<String, String[]> parameters = request.getParameterMap();
		if (!parameters.isEmpty()) {
			new TreeMap<>(parameters).forEach((name, values) -> key.append('?')
				.append(name)
				.append('=')
				.append(String.join("\u0000", values)));
		}
		return key.append(' ').append(DisplaySwitches.cookies(request)).toString();
	}

	private boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return response.getStatus() == HttpServletResponse.SC_OK && cacheControl != null
				&& cacheControl.contains("public") && !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& request.getSession(false) == null && !request.isAsyncStarted()
				&& response.getContentSize() <= this.properties.maxEntrySize().toBytes();
	}

	private static Kept keep(ContentCachingResponseWrapper response, String version) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!TRANSFER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		return new Kept(version, response.getContentType(), List.copyOf(headers), response.getContentAsByteArray(),
				response.getHeader(HttpHeaders.ETAG), lastModified(response));
	}

	/**
	 * Whether a 200 the application rendered answers the request's validators: then the response becomes a 304
	 * (status set here) and its body must be dropped.
	 */
	private static boolean notModified(HttpServletRequest request, HttpServletResponse response) {
		String etag = response.getHeader(HttpHeaders.ETAG);
		long lastModified = lastModified(response);
		return response.getStatus() == HttpServletResponse.SC_OK && (etag != null || lastModified > 0)
				&& new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
	}

	private static long lastModified(HttpServletResponse response) {
		String lastModified = response.getHeader(HttpHeaders.LAST_MODIFIED);
		return lastModified == null ? -1
				: ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
	}

	private static void send(Kept kept, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Map.Entry<String, String> header : kept.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setHeader(STATUS_HEADER, "hit");
		ServletWebRequest web = new ServletWebRequest(request, response);
		if ((kept.etag() != null || kept.lastModified() > 0)
				&& web.checkNotModified(kept.etag(), kept.lastModified())) {
			return;
		}
		if (kept.contentType() != null) {
			response.setContentType(kept.contentType());
		}
		response.setContentLength(kept.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(kept.body());
		}
	}

}
