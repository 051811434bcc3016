package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.common.PublicContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This year's application figures on the home page, as the page cache must know them: the counts of applications
 * received and answered this year. A new application or reply makes the home page fresh within a second, as a
 * publication does; nothing else about an application is public.
 */
@Component
class ApplicationFiguresContent implements PublicContent {

	private final StatisticsRepository requests;

	private final RequestClock requestClock;

	ApplicationFiguresContent(StatisticsRepository requests, RequestClock requestClock) {
		this.requests = requests;
		this.requestClock = requestClock;
	}

	@Override
	@Transactional(readOnly = true)
	public State state() {
		LocalDate today = requestClock.today();
		LocalDate first = today.withDayOfYear(1);
		return new State(null, "applications " + requests.countReceivedBetween(first, today) + " answered "
				+ requests.countRepliedBetween(first, today));
	}

}
