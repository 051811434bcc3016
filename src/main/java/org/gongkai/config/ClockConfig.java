package org.gongkai.config;

import java.time.Clock;
import java.time.ZoneId;

import org.gongkai.common.DemoClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time: the department works on China Standard Time. A demo loader may date its own steps in the
 * past ({@link DemoClock}); every other thread reads the system time. Tests replace the bean.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return DemoClock.over(Clock.system(CHINA));
	}

}
