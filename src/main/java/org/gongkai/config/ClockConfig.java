package org.gongkai.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of time: the department works on China Standard Time. Tests replace the bean. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(CHINA);
	}

}
