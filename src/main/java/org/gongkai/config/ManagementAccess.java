package org.gongkai.config;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may read health and metrics ({@code /actuator/**}): clients whose address is in
 * {@code gongkai.management.allowed-clients} (addresses or CIDR ranges; loopback by default). A second lock
 * behind the management port bound to 127.0.0.1: an operator who opens that port to a monitoring host lists
 * the host here too.
 */
@ConfigurationProperties("gongkai.management")
record ManagementAccess(@DefaultValue({ "127.0.0.0/8", "::1" }) List<String> allowedClients) {

	/** The rule of the actuator's filter chain. */
	AuthorizationManager<RequestAuthorizationContext> rule() {
		List<IpAddressMatcher> matchers = this.allowedClients.stream()
			.map(String::strip)
			.filter(entry -> !entry.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		return new AuthorizationManager<>() {

			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				String client = context.getRequest().getRemoteAddr();
				return new AuthorizationDecision(matchers.stream().anyMatch(matcher -> matcher.matches(client)));
			}

		};
	}

}
