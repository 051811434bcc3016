package org.gongkai.config;

import org.gongkai.config.PublicAddressRequired.PublicAddressMissing;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in Spring Boot's "APPLICATION FAILED TO START" report what to set when the public address is missing. */
class PublicAddressMissingAnalyzer extends AbstractFailureAnalyzer<PublicAddressMissing> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PublicAddressMissing cause) {
		return new FailureAnalysis(cause.getMessage() + ". Outside the embedded demo (the postgres profile, or"
				+ " gongkai.demo-data=false) the site's public address is required: feeds, the sitemap, robots.txt,"
				+ " the documents API and mails link to it, and it must never be taken from a request's Host header.",
				"Set GONGKAI_PUBLIC_URL to the address readers use, with scheme and any path prefix, for example"
						+ " GONGKAI_PUBLIC_URL=https://rst.example.gov.cn (see the README's production checklist).",
				cause);
	}

}
