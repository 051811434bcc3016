package org.gongkai.interpretation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.interpretation.InterpretationTasks;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console navigation's entry 政策解读 (request attribute {@code interpretationsNav}) for those who see tasks,
 * with their number of overdue tasks; the dashboard shows the same count. The portal reads only the attribute,
 * so it needs no dependency on this module.
 */
@Configuration(proxyBeanMethods = false)
class InterpretationNavigation implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "interpretationsNav";

	private final InterpretationTasks tasks;

	InterpretationNavigation(InterpretationTasks tasks) {
		this.tasks = tasks;
	}

	/** What the navigation shows: the entry, and how many tasks are overdue (0: no badge). */
	record Entry(boolean visible, long overdue) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**", "/error", "/error/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentStaff.me().filter(InterpretationTasks::maySee).ifPresent(me -> request.setAttribute(ATTRIBUTE,
				new Entry(true, tasks.overdueCount(me))));
		return true;
	}

}
