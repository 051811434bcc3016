package org.gongkai.requests;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The link to the reply mailed to the applicant (gongkai.requests.reply-link.*).
 *
 * @param validity how long the link opens the reply; afterwards the applicant uses the tracking page with the code
 */
@Validated
@ConfigurationProperties("gongkai.requests.reply-link")
public record ReplyLinkProperties(@DefaultValue("30d") Duration validity) {

	public ReplyLinkProperties {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("gongkai.requests.reply-link.validity must be positive");
		}
	}

}
