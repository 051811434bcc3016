package org.gongkai.config;

import org.gongkai.identity.ApiTokenAuthenticationFilter;
import org.gongkai.identity.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.DispatcherType;

/**
 * Two doors: the staff API ({@code /api/v1/admin/**}, stateless, HTTP Basic or API token, no CSRF) and the
 * web (form login for {@code /admin}, sessions, CSRF on every form, public pages open).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffApi(HttpSecurity http, ApiTokens tokens, ApiProblems problems)
			throws Exception {
		return http.securityMatcher("/api/v1/admin/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint()))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems.entryPoint())
				.accessDeniedHandler(problems.accessDenied()))
			.headers(this::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, LoginFailureHandler loginFailure) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/admin/login", "/admin/css/**")
				.permitAll()
				.requestMatchers("/admin", "/admin/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			// The public requests and comments APIs act on no one's session (they serve anonymous applicants and
			// commenters), so CSRF is moot.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/requests", "/api/v1/requests/**",
					"/api/v1/consultations/*/comments"))
			.formLogin(form -> form.loginPage("/admin/login")
				.defaultSuccessUrl("/admin", true)
				.failureHandler(loginFailure))
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(ex -> ex.accessDeniedPage("/error/403"))
			.headers(this::headers)
			.build();
	}

	private void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}


}
