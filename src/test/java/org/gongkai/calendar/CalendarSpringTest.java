package org.gongkai.calendar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on its own in-memory H2, on 5 December 2026 in Changsha: past the warning day, with
 * 2027 not loaded, and a module's open deadlines made up for the import preview ({@link TestDeadlines}). The
 * calendar's test classes share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ CalendarSpringTest.December2026.class, TestDeadlines.class })
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:caltest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"gongkai.demo-data=false", "gongkai.site.public-url=http://localhost", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
public @interface CalendarSpringTest {

	Instant TODAY = Instant.parse("2026-12-05T02:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	class December2026 {

		@Bean
		@Primary
		Clock december2026() {
			return Clock.fixed(TODAY, ZoneId.of("Asia/Shanghai"));
		}

	}

}
