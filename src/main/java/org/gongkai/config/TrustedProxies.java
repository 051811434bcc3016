package org.gongkai.config;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Forwarded headers count only when they come from a proxy the operator listed ({@code gongkai.http.trusted-proxies}).
 * Tomcat's {@link RemoteIpValve} then sets the request's client address (what the rate limiter and the audit log
 * record, {@code common.ClientAddress}) from {@code X-Forwarded-For}, walking from the right past listed proxies
 * (so an address the client itself put in front is not believed), and marks the request secure on
 * {@code X-Forwarded-Proto: https} (so HSTS is sent behind nginx). From any other address the headers are ignored.
 * {@code X-Forwarded-Host} is never used: no link is built from a request's host ({@code common.PublicLinks}).
 * <p>
 * This replaces {@code server.forward-headers-strategy=native}, which trusts every private address range
 * (set to {@code none} in application.properties so that Spring Boot adds no second valve).
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesValve(HttpProperties properties) {
		RemoteIpValve valve = valve(properties.trustedProxies());
		return factory -> factory.addEngineValves(valve);
	}

	static RemoteIpValve valve(List<String> proxies) {
		RemoteIpValve valve = new RemoteIpValve();
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		// Tomcat reads a list with a slash as CIDR ranges, anything else as a regular expression: every entry
		// gets its mask, and an empty list trusts no one (instead of Tomcat's default private ranges).
		valve.setInternalProxies(cidrs(proxies));
		valve.setTrustedProxies("");
		return valve;
	}

	/** The listed addresses as Tomcat's comma-separated CIDR list; a wrong entry stops the start, naming it. */
	static String cidrs(List<String> proxies) {
		return proxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(TrustedProxies::cidr)
			.collect(Collectors.joining(","));
	}

	private static String cidr(String entry) {
		String cidr = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
		try {
			new NetMask(cidr);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"gongkai.http.trusted-proxies: not an address or CIDR range: " + entry, ex);
		}
		return cidr;
	}

}
