package org.gongkai.config;

import org.gongkai.common.RateLimitedBy;
import org.gongkai.common.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts a request against the limit its handler names ({@link RateLimitedBy}) before the handler's arguments are
 * resolved: a JSON body is only read for a client still within its limit.
 */
class RateLimitFirst implements HandlerInterceptor {

	private final RateLimiter limiter;

	RateLimitFirst(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			RateLimitedBy limit = method.getMethodAnnotation(RateLimitedBy.class);
			if (limit != null) {
				limiter.check(limit.value());
			}
		}
		return true;
	}

}
