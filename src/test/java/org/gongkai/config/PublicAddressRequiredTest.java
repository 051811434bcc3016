package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.GongkaiApplication;
import org.gongkai.config.PublicAddressRequired.PublicAddressMissing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Outside the embedded demo the application does not start without its public address. */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressRequiredTest {

	@Test
	void theProductionProfileWithoutAPublicAddressRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
		SpringApplicationBuilder production = new SpringApplicationBuilder(GongkaiApplication.class)
			.profiles("postgres")
			.properties("gongkai.site.public-url=", "spring.main.banner-mode=off");
		assertThatThrownBy(production::run).isInstanceOf(PublicAddressMissing.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("gongkai.site.public-url (GONGKAI_PUBLIC_URL) is not set")
			.contains("Set GONGKAI_PUBLIC_URL to the address readers use");
	}

	@Test
	void withoutDemoDataTheAddressIsRequiredToo() {
		MockEnvironment withoutDemo = new MockEnvironment().withProperty("gongkai.demo-data", "false");
		assertThatThrownBy(() -> PublicAddressRequired.check(withoutDemo)).isInstanceOf(PublicAddressMissing.class)
			.hasMessageContaining("GONGKAI_PUBLIC_URL");
		assertThatNoException().isThrownBy(() -> PublicAddressRequired
			.check(withoutDemo.withProperty("gongkai.site.public-url", "https://rst.example.gov.cn/gongkai")));
	}

	@Test
	void theEmbeddedDemoStartsWithoutIt() {
		assertThatNoException().isThrownBy(() -> PublicAddressRequired.check(new MockEnvironment()));
		assertThatNoException().isThrownBy(
				() -> PublicAddressRequired.check(new MockEnvironment().withProperty("gongkai.demo-data", "true")));
	}

	@Test
	void anAddressThatIsNotAnAbsoluteHttpUrlIsRefusedEverywhere() {
		for (String wrong : new String[] { "rst.example.gov.cn", "/gongkai", "ftp://rst.example.gov.cn",
				"https://rst.example.gov.cn/?host=x", "http://" }) {
			MockEnvironment environment = new MockEnvironment().withProperty("gongkai.site.public-url", wrong);
			assertThatThrownBy(() -> PublicAddressRequired.check(environment)).as(wrong)
				.isInstanceOf(PublicAddressMissing.class)
				.hasMessageContaining("not an absolute http(s) URL");
		}
	}

	@Test
	void aProductionProfileWithTheAddressStarts() {
		MockEnvironment postgres = new MockEnvironment().withProperty("gongkai.site.public-url",
				"https://rst.example.gov.cn");
		postgres.setActiveProfiles("postgres");
		assertThatNoException().isThrownBy(() -> PublicAddressRequired.check(postgres));
	}

}
