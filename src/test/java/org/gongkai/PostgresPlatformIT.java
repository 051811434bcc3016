package org.gongkai;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.gongkai.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The same journeys on a real PostgreSQL with the production profile. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(TestClockConfig.class)
@TestPropertySource(properties = { "gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD,
		"gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD, "gongkai.demo-data=true", "gongkai.site.public-url=http://localhost", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class PostgresPlatformIT extends PlatformScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
