package org.gongkai.common;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the site's pages, for what leaves the site or is stored by shared caches: mails, letters,
 * feeds, the sitemap, the documents API. They always come from configuration, never from the request being
 * served: one request with a forged {@code Host} or {@code X-Forwarded-Host} header would otherwise put its host
 * into pages the page cache then serves to every reader, and into mails.
 * <p>
 * The address is {@code gongkai.site.public-url} (required outside the embedded demo, see
 * {@code config.PublicAddressRequired}); the embedded demo without it uses {@code http://localhost:<port>}.
 */
@Component
public class PublicLinks {

	/** The port of the demo address when none is known (Spring Boot's default). */
	private static final String DEFAULT_PORT = "8080";

	private final Environment environment;

	private final String publicUrl;

	@Autowired
	public PublicLinks(Environment environment) {
		this.environment = environment;
		this.publicUrl = trimmed(environment.getProperty("gongkai.site.public-url", ""));
	}

	/** Links under the given address; a blank one means the demo address {@code http://localhost:8080}. */
	public PublicLinks(String publicUrl) {
		this.environment = null;
		this.publicUrl = trimmed(publicUrl);
	}

	private static String trimmed(String url) {
		return url.strip().replaceAll("/+$", "");
	}

	/** The absolute URL of a path of this site (starting with a slash). */
	public String absolute(String path) {
		return base() + path;
	}

	/**
	 * The configured address, or the demo's own on this machine: the port the server listens on once it does
	 * ({@code local.server.port}, also when {@code server.port=0} picked one), else {@code server.port}.
	 */
	private String base() {
		if (!this.publicUrl.isEmpty()) {
			return this.publicUrl;
		}
		String port = this.environment == null ? DEFAULT_PORT
				: this.environment.getProperty("local.server.port",
						this.environment.getProperty("server.port", DEFAULT_PORT));
		return "http://localhost:" + port;
	}

}
