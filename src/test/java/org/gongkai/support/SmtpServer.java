package org.gongkai.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One in-process SMTP server (GreenMail) for the whole test run, on a free port, so that parallel builds on the
 * same machine never collide. Its port is published as the system property {@value #PORT_PROPERTY} before
 * the Spring context of {@link MailTest} starts; every mail test shares that context and this server.
 */
public final class SmtpServer implements BeforeAllCallback {

	public static final String PORT_PROPERTY = "gongkai.test.smtp-port";

	private static GreenMail server;

	@Override
	public void beforeAll(ExtensionContext context) {
		greenMail();
	}

	/** The running server (started on first use, stopped when the JVM ends). */
	public static synchronized GreenMail greenMail() {
		if (server == null) {
			ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort().createCopy("127.0.0.1");
			server = new GreenMail(smtp);
			server.start();
			System.setProperty(PORT_PROPERTY, Integer.toString(server.getSmtp().getPort()));
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		}
		return server;
	}

}
