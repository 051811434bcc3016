package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Who may read health and metrics: the listed clients only, loopback by default. */
class ManagementAccessTest {

	final ManagementAccess loopback = new ManagementAccess(List.of("127.0.0.0/8", "::1"));

	@Test
	void aNonLoopbackClientCannotReadHealthOrMetrics() {
		assertThat(allowed(loopback, "203.0.113.9")).isFalse();
		assertThat(allowed(loopback, "10.0.0.5")).isFalse();
		assertThat(allowed(loopback, "2001:db8::1")).isFalse();
	}

	@Test
	void theLoopbackAddressesCan() {
		assertThat(allowed(loopback, "127.0.0.1")).isTrue();
		assertThat(allowed(loopback, "0:0:0:0:0:0:0:1")).isTrue();
	}

	@Test
	void aListedMonitoringHostCanAndAnEmptyListLetsNoOneIn() {
		assertThat(allowed(new ManagementAccess(List.of("10.8.0.0/16")), "10.8.3.4")).isTrue();
		assertThat(allowed(new ManagementAccess(List.of()), "127.0.0.1")).isFalse();
	}

	private static boolean allowed(ManagementAccess access, String client) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setRemoteAddr(client);
		return access.rule().authorize(() -> null, new RequestAuthorizationContext(request)).isGranted();
	}

}
