package org.gongkai.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Refusals Tomcat makes before the application sees the request (a URL too long, {@code %00} in the path, a
 * malformed request line) answer like the application: a problem detail under {@code /api/}, otherwise a plain
 * page in the site's stylesheet with the text of the application's error page, never Tomcat's report with its
 * version.
 */
@Component
class TomcatRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Tomcat's error report, replaced. Public: Tomcat instantiates it by its class name. */
	public static class Valve extends ErrorReportValve {

		private static final ResourceBundle MESSAGES = bundle(Locale.ROOT);

		private static final ResourceBundle ENGLISH = bundle(Locale.ENGLISH);

		private static final String STYLESHEET = stylesheet();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
			boolean api = uri != null && uri.startsWith("/api/");
			String key = status == 400 || status == 404 || status == 500 ? "error." + status : "error.other";
			try {
				// The headers every application page carries (Spring Security never saw this request).
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
				response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
				response.setHeader("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
				response.setHeader("Cache-Control", "no-store");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				if (api) {
					response.setContentType("application/problem+json");
					Writer out = response.getReporter();
					if (out != null) {
						out.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
								+ json(text(key + ".title")) + "\",\"detail\":\"" + json(text(key + ".text")) + "\"}");
					}
				}
				else {
					response.setContentType("text/html");
					Writer out = response.getReporter();
					if (out != null) {
						out.write(page(key));
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone: nothing to tell it
			}
		}

		/**
		 * The site's error page in both languages: Tomcat refuses before the request is read far enough to know the
		 * reader's language choice (cookie or parameter), so Chinese comes first and English follows.
		 */
		private static String page(String key) {
			String title = HtmlUtils.htmlEscape(text(MESSAGES, key + ".title"));
			return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title><link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body>"
					+ "<main id=\"main\" class=\"wrap\">" + section(MESSAGES, key, "zh-CN") + section(ENGLISH, key, "en")
					+ "</main></body></html>";
		}

		/**
		 * The stylesheet by the content-hashed name the templates link (Spring's content version: the MD5 of the
		 * file), so that a browser never keeps an old one for the year static files are cached.
		 */
		private static String stylesheet() {
			try (InputStream css = TomcatRefusals.class.getClassLoader().getResourceAsStream("static/css/gongkai.css")) {
				return css == null ? "/css/gongkai.css" : "/css/gongkai-" + DigestUtils.md5DigestAsHex(css) + ".css";
			}
			catch (IOException ex) {
				return "/css/gongkai.css";
			}
		}

		private static String section(ResourceBundle messages, String key, String language) {
			return "<section lang=\"" + language + "\"><h1>" + HtmlUtils.htmlEscape(text(messages, key + ".title"))
					+ "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(text(messages, key + ".text")) + "</p><p><a href=\"/\">"
					+ HtmlUtils.htmlEscape(text(messages, "error.home")) + "</a></p></section>";
		}

		private static String text(String key) {
			return text(MESSAGES, key);
		}

		private static String text(ResourceBundle messages, String key) {
			try {
				return messages == null ? key : messages.getString(key);
			}
			catch (MissingResourceException ex) {
				return key;
			}
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}

		/**
		 * The application's own texts in zh-CN, its default (the base bundle: asking for zh-CN would fall back to
		 * the JVM's locale first): Tomcat refuses before any locale is known.
		 */
		private static ResourceBundle bundle(Locale locale) {
			try {
				return ResourceBundle.getBundle("i18n/messages", locale, TomcatRefusals.class.getClassLoader(),
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			}
			catch (MissingResourceException ex) {
				return null;
			}
		}

	}

}
