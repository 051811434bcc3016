package org.gongkai.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link MailRetry} (the module does not rely on another module's switch). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailScheduling {
}
