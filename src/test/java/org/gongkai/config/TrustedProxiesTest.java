package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * Forwarded headers through a real Tomcat with the application's valve ({@link TrustedProxies}): believed from a
 * listed proxy, ignored from anyone else. The test client connects from 127.0.0.1.
 */
class TrustedProxiesTest {

	final HttpClient http = HttpClient.newHttpClient();

	WebServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop();
		}
	}

	@Test
	void forwardedHeadersFromAnUnlistedAddressAreIgnored() throws Exception {
		start(List.of("10.0.0.0/8", "192.0.2.1"));
		assertThat(seen("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https"))
			.isEqualTo("127.0.0.1 http insecure");
	}

	@Test
	void anEmptyListTrustsNoOneNotEvenTomcatsPrivateRanges() throws Exception {
		start(List.of());
		assertThat(seen("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https"))
			.isEqualTo("127.0.0.1 http insecure");
	}

	@Test
	void forwardedHeadersFromAListedProxyAreBelieved() throws Exception {
		start(List.of("127.0.0.1"));
		assertThat(seen("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https"))
			.isEqualTo("203.0.113.9 https secure");
	}

	@Test
	void anAddressTheClientPutInFrontOfTheProxysIsNotBelieved() throws Exception {
		// nginx appends the address it saw ($proxy_add_x_forwarded_for): the rightmost one not of a listed proxy
		// is the client, whatever the client wrote itself.
		start(List.of("127.0.0.0/8", "::1"));
		assertThat(seen("X-Forwarded-For", "198.51.100.66, 203.0.113.9")).isEqualTo("203.0.113.9 http insecure");
	}

	@Test
	void aWrongEntryStopsTheStartNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.cidrs(List.of("127.0.0.1", "nginx")))
			.withMessageContaining("gongkai.http.trusted-proxies")
			.withMessageContaining("nginx");
		assertThat(TrustedProxies.cidrs(List.of(" 10.1.2.3", "::1", "172.16.0.0/12 ")))
			.isEqualTo("10.1.2.3/32,::1/128,172.16.0.0/12");
	}

	private void start(List<String> proxies) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		new TrustedProxies().trustedProxiesValve(new HttpProperties(proxies)).customize(factory);
		server = factory.getWebServer(context -> context.addServlet("echo", new Echo()).addMapping("/"));
		server.start();
	}

	private String seen(String... headers) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
			.headers(headers)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Answers what the application would see of the client. */
	static final class Echo extends HttpServlet {

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.getWriter()
				.print(request.getRemoteAddr() + " " + request.getScheme() + " "
						+ (request.isSecure() ? "secure" : "insecure"));
		}

	}

}
