package org.gongkai.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** What the footer says about the site (gongkai.site.*): host organisation and registration numbers. */
@Validated
@ConfigurationProperties("gongkai.site")
public record SiteProperties(@NotBlank String name, @NotBlank String hostOrganization, String address, String phone,
		@Pattern(regexp = "[0-9A-Za-z]{10}") String siteCode, String icpNumber, String publicSecurityNumber) {
}
