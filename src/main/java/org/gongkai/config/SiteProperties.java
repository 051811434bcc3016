package org.gongkai.config;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.HtmlUtils;

/**
 * What the header and footer say about the site (gongkai.site.*): name, host organisation, contact details and
 * the registrations a government site shows. Anything left empty is not shown.
 *
 * @param nameEn the site name on English pages (the Chinese one when empty)
 * @param hostOrganizationEn the host organisation on English pages (the Chinese one when empty)
 * @param addressEn the address on English pages (the Chinese one when empty)
 * @param siteCode 网站标识码, given by the national government-site register
 * @param icpNumber ICP 备案号, linked to the MIIT register
 * @param publicSecurityNumber 公安备案号, linked to the public-security register by its digits
 * @param conacUrl where the 党政机关网站标识 (the mark of a registered Party or government site) links to
 * @param errorReportUrl the 我为政府网站找错 entry: the national page for reporting faults of government sites
 */
@Validated
@ConfigurationProperties("gongkai.site")
public record SiteProperties(@NotBlank String name, String nameEn, @NotBlank String hostOrganization,
		String hostOrganizationEn, String address, String addressEn, String postcode, String phone, String fax,
		@Email String email, @Pattern(regexp = "[0-9A-Za-z]{10}") String siteCode, String icpNumber,
		String publicSecurityNumber, @Pattern(regexp = "(https?://\\S+)?") String conacUrl,
		@Pattern(regexp = "(https?://\\S+)?") String errorReportUrl) {

	/** Empty settings (an environment variable set to nothing) count as not configured: nothing is shown. */
	public SiteProperties {
		nameEn = blankAsNull(nameEn);
		hostOrganizationEn = blankAsNull(hostOrganizationEn);
		address = blankAsNull(address);
		addressEn = blankAsNull(addressEn);
		postcode = blankAsNull(postcode);
		phone = blankAsNull(phone);
		fax = blankAsNull(fax);
		email = blankAsNull(email);
		siteCode = blankAsNull(siteCode);
		icpNumber = blankAsNull(icpNumber);
		publicSecurityNumber = blankAsNull(publicSecurityNumber);
		conacUrl = blankAsNull(conacUrl);
		errorReportUrl = blankAsNull(errorReportUrl);
	}

	/** The MIIT register of ICP numbers, where every ICP number on a Chinese site links to. */
	public static final String ICP_REGISTER = "https://beian.miit.gov.cn/";

	private static final String FAX_UNKNOWN = "传真：待公布";

	private static final String EMAIL_UNKNOWN = "电子邮箱：待公布";

	private static final String PUBLIC_SECURITY_REGISTER = "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=";

	/** The same site as read in this language: English names where configured, else the Chinese ones. */
	public SiteProperties in(Locale locale) {
		if (locale == null || !"en".equals(locale.getLanguage())) {
			return this;
		}
		return new SiteProperties(orElse(nameEn, name), nameEn, orElse(hostOrganizationEn, hostOrganization),
				hostOrganizationEn, orElse(addressEn, address), addressEn, postcode, phone, fax, email, siteCode,
				icpNumber, publicSecurityNumber, conacUrl, errorReportUrl);
	}

	/** The public-security register's page of this site (its record code is the digits of the number). */
	public String publicSecurityUrl() {
		String digits = publicSecurityNumber == null ? "" : publicSecurityNumber.replaceAll("\\D", "");
		return digits.isEmpty() ? null : PUBLIC_SECURITY_REGISTER + digits;
	}

	/**
	 * The disclosure guide with the configured fax and e-mail in place of the default guide's "待公布" (to be
	 * announced): the default text was written before the office's contacts were known to the software. A guide
	 * the office rewrote keeps its own words.
	 */
	public String withContacts(String guideHtml) {
		String html = guideHtml;
		if (fax != null) {
			html = html.replace(FAX_UNKNOWN, "传真：" + HtmlUtils.htmlEscape(fax));
		}
		if (email != null) {
			html = html.replace(EMAIL_UNKNOWN, "电子邮箱：" + HtmlUtils.htmlEscape(email));
		}
		return html;
	}

	public String icpUrl() {
		return ICP_REGISTER;
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String orElse(String value, String fallback) {
		return value == null ? fallback : value;
	}

}
