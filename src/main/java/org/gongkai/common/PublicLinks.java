package org.gongkai.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs of the site's pages, for what leaves the site or is stored by shared caches: mails, letters,
 * feeds, the sitemap. They come from {@code gongkai.site.public-url} when it is set, as it should be in
 * production (a URL taken from a forged Host header must never be mailed or cached). Without it (development)
 * they follow the address the request being served reached, and outside a request they stay paths.
 */
@Component
public class PublicLinks {

	private final String publicUrl;

	public PublicLinks(@Value("${gongkai.site.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
	}

	/** The absolute URL of a path of this site (starting with a slash). */
	public String absolute(String path) {
		if (!publicUrl.isEmpty()) {
			return publicUrl + path;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
		}
		return path;
	}

}
