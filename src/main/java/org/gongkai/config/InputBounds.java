package org.gongkai.config;

import java.time.LocalDate;

import org.gongkai.common.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.module.SimpleModule;

/** Bounds on what a request may send, checked before its body is read. */
@Configuration(proxyBeanMethods = false)
class InputBounds implements WebMvcConfigurer {

	private final RateLimiter limiter;

	InputBounds(RateLimiter limiter) {
		this.limiter = limiter;
	}

	/** First of all filters: a body too large is refused before the page cache, security or a controller. */
	@Bean
	FilterRegistrationBean<BodyLimit> bodyLimit(@Value("${gongkai.http.max-json-body:64KB}") DataSize limit,
			ApiProblems problems) {
		FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(new BodyLimit(limit, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Jackson's String and date reading with the clean-text and sane-year rules, for every JSON body. */
	@Bean
	SimpleModule cleanStrings() {
		return new SimpleModule("clean-strings").addDeserializer(String.class, new CleanStrings())
			.addDeserializer(LocalDate.class, new SaneDates());
	}

	/**
	 * After the locale and display interceptors (order 0), which the error pages need; then the rate limit, then
	 * the parameters: a client over its limit is not even checked. All run before the handler's body is read.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RateLimitFirst(limiter)).order(1);
		registry.addInterceptor(new ParameterBounds()).order(2);
	}

}
