package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health and metrics for the operator: liveness, readiness and Prometheus metrics on the management port, bound
 * to the loopback address; nothing of them on the public port.
 */
@RealServer
class ActuatorTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Value("${management.server.address}")
	String managementAddress;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void healthAnswersUpWithLivenessAndReadinessGroups() throws Exception {
		HttpResponse<String> health = get(managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(health.body());
		assertThat(body.get("status").asString()).isEqualTo("UP");
		assertThat(body.get("groups").valueStream().map(JsonNode::asString)).contains("liveness", "readiness");
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = get(managementPort, probe);
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(json.readTree(answer.body()).get("status").asString()).as(probe).isEqualTo("UP");
		}
	}

	@Test
	void prometheusAnswersInTextFormatWithTheRequestsServed() throws Exception {
		assertThat(get(port, "/catalogue").statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body()).contains("# TYPE http_server_requests_seconds")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/catalogue\"");
	}

	@Test
	void thePublicPortServesNeitherHealthNorMetrics() throws Exception {
		assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
		assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(managementAddress).isEqualTo("127.0.0.1");
	}

	private HttpResponse<String> get(int onPort, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
				BodyHandlers.ofString());
	}

}
