package org.gongkai.config;

import org.gongkai.identity.ApiTokenAuthenticationFilter;
import org.gongkai.identity.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.DispatcherType;

/**
 * Three doors: health and metrics ({@code /actuator/**}) for the operator's machines only, the staff API
 * ({@code /api/v1/admin/**}, stateless, HTTP Basic or API token, no CSRF) and the web (form login for
 * {@code /admin}, sessions, CSRF on every form, public pages open). Every response carries the same headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The browser features the site never uses, denied to it and to anything it embeds. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "browsing-topics=()";

	/** The public JSON API; the staff API under it, {@code /api/v1/admin/**}, has a chain of its own. */
	static final String PUBLIC_API = "/api/v1/**";

	/** One year, what HSTS preload lists and browsers expect of a site that means it. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Health and metrics ({@code /actuator/**}, on the management port): only for the listed clients
	 * ({@link ManagementAccess}), 403 for anyone else, no session, no login page.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain management(HttpSecurity http, ManagementAccess access) throws Exception {
		return http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().access(access.rule()))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
				.accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
			.headers(this::headers)
			.build();
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

	/**
	 * The public JSON API acts on no one's session: it serves anonymous readers, applicants and commenters, and staff
	 * use {@code /api/v1/admin/**} (the chain above: tokens or Basic, never the session cookie). So it neither reads
	 * nor makes a session, and has no login, logout, CSRF or saved-request filters to pass: a citizen's tracking
	 * lookup, the most frequent call, costs only the headers and the anonymous reader.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
		return http.securityMatcher(PUBLIC_API)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(this::headers)
			.build();
	}

	@Bean
	@Order(3)
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
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			// Written only on secure requests: over HTTPS, or behind a trusted proxy that says X-Forwarded-Proto:
			// https (config.TrustedProxies). Not for subdomains: they are not this site's to decide.
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(false));
	}


}
