package org.gongkai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link GongkaiTest} with a real SMTP server: {@code spring.mail.*} points at the in-process GreenMail of
 * {@link SmtpServer}, so mails are really sent and can be read back. All classes with this annotation share
 * one Spring context (one extra context besides {@link GongkaiTest}'s); each test should use its own
 * recipient addresses, since the server keeps what earlier tests received.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SmtpServer.class)
@GongkaiTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=${" + SmtpServer.PORT_PROPERTY + "}" })
public @interface MailTest {

}
