package org.gongkai.config;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The site's public address is configuration: outside the embedded demo the application does not start without
 * {@code GONGKAI_PUBLIC_URL} ({@code gongkai.site.public-url}). Links in feeds, the sitemap, the documents API and
 * mails come from it only ({@code common.PublicLinks}); a production site that made them up from requests' Host
 * headers would hand a forged host to every reader of a cached page.
 * <p>
 * Checked before any bean is created (the database is not even opened), after the configuration files and
 * profiles are read; {@link PublicAddressMissingAnalyzer} turns the refusal into Spring Boot's start-up report.
 */
class PublicAddressRequired implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "gongkai.site.public-url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		check(environment);
	}

	/** Refuses a missing address outside the embedded demo and an address that is not an absolute HTTP URL. */
	static void check(Environment environment) {
		String url = environment.getProperty(PROPERTY, "").strip();
		if (url.isEmpty()) {
			if (!embeddedDemo(environment)) {
				throw new PublicAddressMissing(PROPERTY + " (GONGKAI_PUBLIC_URL) is not set");
			}
			return;
		}
		if (!absoluteHttp(url)) {
			throw new PublicAddressMissing(PROPERTY + " (GONGKAI_PUBLIC_URL) is not an absolute http(s) URL: " + url);
		}
	}

	/**
	 * The embedded demo: no {@code postgres} profile and demo data on (both are the defaults of
	 * {@code ./mvnw spring-boot:run}). Anything else is a real site and must know its address.
	 */
	static boolean embeddedDemo(Environment environment) {
		return !environment.matchesProfiles("postgres")
				&& environment.getProperty("gongkai.demo-data", Boolean.class, Boolean.TRUE);
	}

	private static boolean absoluteHttp(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		// After the configuration files and profiles are loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The refusal to start: the public address is missing or unusable. */
	static final class PublicAddressMissing extends IllegalStateException {

		PublicAddressMissing(String message) {
			super(message);
		}

	}

}
