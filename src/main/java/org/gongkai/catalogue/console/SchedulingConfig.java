package org.gongkai.catalogue.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link ScheduledPublication}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
