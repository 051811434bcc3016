package org.gongkai.requests.console;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.gongkai.common.CachedCounts;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.InboxFilter;
import org.gongkai.requests.RequestAccess;

/**
 * The console navigation's entry 依申请公开 (request attribute {@code requestsNav}) for those who may see
 * applications, with the number of their overdue ones. The count is kept a minute per staff member, so that
 * every console page does not recount the clocks; a minute-old badge is good enough to point at the list.
 */
@Configuration(proxyBeanMethods = false)
class RequestNavigation implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "requestsNav";

	private final CaseHandling handling;

	private final CachedCounts counts;

	RequestNavigation(CaseHandling handling, Clock clock) {
		this.handling = handling;
		this.counts = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	/** What the navigation shows: the entry, and how many applications are overdue (0: no badge). */
	record Entry(boolean visible, long overdue) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**", "/error", "/error/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentStaff.me().filter(RequestAccess::mayOpenInbox).ifPresent(me -> request.setAttribute(ATTRIBUTE,
				new Entry(true, overdue(me))));
		return true;
	}

	private long overdue(Me me) {
		return counts.of(me.username(), () -> handling
			.inbox(me, new InboxFilter(null, false, true, null, null, null), 0, 1)
			.getTotalElements());
	}

}
