package org.gongkai.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link ChainAppender} (the module does not rely on another module's switch). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
