package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser and the operator's proxy see at the edge: Permissions-Policy on every response of every filter
 * chain (also a page the page cache answers), HSTS only over HTTPS (here: nginx on this machine, a trusted proxy by
 * default, saying {@code X-Forwarded-Proto: https}), and the client address taken from a trusted proxy's
 * {@code X-Forwarded-For}.
 */
@RealServer
class EdgeHeadersTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyResponseOfEveryChainDeniesTheBrowserFeaturesTheSiteNeverUses() throws Exception {
		HttpResponse<String> page = get(port, "/catalogue");
		HttpResponse<String> kept = get(port, "/catalogue");
		HttpResponse<String> staffApi = get(port, "/api/v1/admin/me");
		HttpResponse<String> health = get(managementPort, "/actuator/health");
		assertThat(kept.headers().firstValue(PageCache.STATUS_HEADER)).hasValue("hit");
		assertThat(staffApi.statusCode()).isEqualTo(401);
		for (HttpResponse<String> response : new HttpResponse[] { page, kept, staffApi, health }) {
			assertThat(response.headers().firstValue("Permissions-Policy")).as(response.uri().toString())
				.hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()",
						"geolocation=()", "payment=()"));
		}
	}

	@Test
	void hstsIsSentOverHttpsBehindTheTrustedProxyAndNotOverPlainHttp() throws Exception {
		Optional<String> plain = get(port, "/", "X-Forwarded-For", "198.51.100.20").headers()
			.firstValue("Strict-Transport-Security");
		Optional<String> secure = get(port, "/", "X-Forwarded-Proto", "https").headers()
			.firstValue("Strict-Transport-Security");
		Optional<String> secureKept = get(port, "/", "X-Forwarded-Proto", "https").headers()
			.firstValue("Strict-Transport-Security");
		Optional<String> staffApi = get(port, "/api/v1/admin/me", "X-Forwarded-Proto", "https").headers()
			.firstValue("Strict-Transport-Security");
		assertThat(plain).isEmpty();
		assertThat(secure).hasValue("max-age=31536000");
		assertThat(secureKept).hasValue("max-age=31536000");
		assertThat(staffApi).hasValue("max-age=31536000");
		assertThat(get(port, "/").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void theClientAddressOfRateLimitsAndTheAuditLogComesFromTheTrustedProxy() throws Exception {
		assertThat(get(port, "/test/client-address").body()).isEqualTo("127.0.0.1");
		assertThat(get(port, "/test/client-address", "X-Forwarded-For", "198.51.100.7").body())
			.isEqualTo("198.51.100.7");
		assertThat(get(port, "/test/client-address", "X-Forwarded-For", "203.0.113.66, 198.51.100.7").body())
			.isEqualTo("198.51.100.7");
	}

	private HttpResponse<String> get(int onPort, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

}
