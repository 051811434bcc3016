package org.gongkai.consultation.console;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.CachedCounts;
import org.gongkai.consultation.ConsultationAccess;
import org.gongkai.consultation.Consultations;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console navigation's entry 征求意见 (request attribute {@code consultationsNav}) for editors, reviewers and
 * the office, with the number of consultations closed without published feedback. The count is kept a minute per
 * staff member: a minute-old badge is good enough to point at the list.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationNavigation implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "consultationsNav";

	private final Consultations consultations;

	private final CachedCounts counts;

	ConsultationNavigation(Consultations consultations, Clock clock) {
		this.consultations = consultations;
		this.counts = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	/** What the navigation shows: the entry, and how many consultations await their feedback (0: no badge). */
	record Entry(boolean visible, long awaiting) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**", "/error", "/error/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentStaff.me().filter(ConsultationAccess::seesConsole).ifPresent(me -> request.setAttribute(ATTRIBUTE,
				new Entry(true, awaiting(me))));
		return true;
	}

	private long awaiting(Me me) {
		return counts.of(me.username(), () -> consultations.awaitingOutcome(me).size());
	}

}
