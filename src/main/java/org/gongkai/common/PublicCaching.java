package org.gongkai.common;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.PublicVersion.Version;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * HTTP caching of public pages, one helper for every module, so that nginx or a CDN can absorb a spike: anonymous
 * responses are {@code Cache-Control: public} for {@link PageCacheProperties#publicMaxAge()}, carry an ETag and
 * Last-Modified, and conditional requests get 304. The validators come from {@link PublicVersion} (the state of
 * every module's {@link PublicContent}), read at most once a second, so that a conditional request costs no query.
 * The server's own page cache (config.PageCache) keeps the responses marked public here. HTML pages also differ by language and display preferences, so their ETag includes those
 * cookies and they vary by {@code Cookie}. Signed-in staff, and requests that switch a preference (they set
 * a cookie), are never stored.
 */
@Component
public class PublicCaching {

	private final PublicVersion versions;

	private final PageCacheProperties properties;

	public PublicCaching(PublicVersion versions, PageCacheProperties properties) {
		this.versions = versions;
		this.properties = properties;
	}

	/** The version of everything public, the base of every validator. */
	public Version current() {
		return versions.current();
	}

	/**
	 * Sets the caching headers of an HTML page and answers a conditional request; returns {@code true} when
	 * the response is a 304 and the handler must return {@code null}.
	 */
	public boolean pageNotModified(WebRequest request, Version version, Object... parts) {
		return notModified(request, version, true, parts);
	}

	/** The same for feeds, the sitemap, JSON and downloads, which do not depend on language or display. */
	public boolean dataNotModified(WebRequest request, Version version, Object... parts) {
		return notModified(request, version, false, parts);
	}

	private boolean notModified(WebRequest webRequest, Version version, boolean page, Object... parts) {
		ServletWebRequest servlet = (ServletWebRequest) webRequest;
		HttpServletRequest request = servlet.getRequest();
		HttpServletResponse response = servlet.getResponse();
		if (SignedInStaff.current().isPresent() || DisplaySwitches.switching(request)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			return false;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				"public, max-age=" + properties.publicMaxAge().toSeconds());
		StringBuilder key = new StringBuilder().append(version.tag());
		key.append('|').append(request.getRequestURI()).append('?').append(request.getQueryString());
		for (Object part : parts) {
			key.append('|').append(part);
		}
		if (page) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			key.append('|').append(RequestContextUtils.getLocale(request)).append(DisplaySwitches.cookies(request));
		}
		return servlet.checkNotModified(hash(key.toString()), version.lastChange().toEpochMilli());
	}

	private static String hash(String key) {
		return "\"" + FileStore.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
	}

}
