package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The footer's and guide's rules on the configured site identity. */
class SitePropertiesTest {

	static SiteProperties site(String fax, String email) {
		return new SiteProperties("某某厅政务公开", "Open Government", "某某厅", "", "长沙市", null, "410000", "12333", fax,
				email, "4300000077", "湘ICP备00000000号", "湘公网安备 43010502000123号", null, "");
	}

	@Test
	void thePublicSecurityNumberLinksToTheRegisterByItsDigits() {
		assertThat(site(null, null).publicSecurityUrl())
			.isEqualTo("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43010502000123");
	}

	@Test
	void emptySettingsAreNotConfigured() {
		SiteProperties site = site("", " ");

		assertThat(site.fax()).isNull();
		assertThat(site.email()).isNull();
		assertThat(site.errorReportUrl()).isNull();
	}

	@Test
	void englishPagesShowTheEnglishNamesWhereThereAreSome() {
		SiteProperties english = site(null, null).in(Locale.ENGLISH);

		assertThat(english.name()).isEqualTo("Open Government");
		assertThat(english.hostOrganization()).as("no English name configured").isEqualTo("某某厅");
		assertThat(site(null, null).in(Locale.SIMPLIFIED_CHINESE).name()).isEqualTo("某某厅政务公开");
	}

	@Test
	void theGuideShowsTheConfiguredFaxAndEmailInsteadOfToBeAnnounced() {
		String guide = "<li>传真：待公布</li><li>电子邮箱：待公布</li>";

		assertThat(site("0731-84900000", "gk@example.gov.cn").withContacts(guide))
			.isEqualTo("<li>传真：0731-84900000</li><li>电子邮箱：gk@example.gov.cn</li>");
		assertThat(site(null, null).withContacts(guide)).isEqualTo(guide);
		assertThat(site("<b>", null).withContacts(guide)).contains("传真：&lt;b&gt;");
	}

}
