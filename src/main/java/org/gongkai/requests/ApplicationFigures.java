package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * This year's applications as the public home page shows them (本年度依申请公开情况): how many were received, how
 * many answered and how many of those on time. Counts only, nothing about an applicant; open to anyone.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationFigures {

	private final StatisticsRepository requests;

	private final RequestClock requestClock;

	ApplicationFigures(StatisticsRepository requests, RequestClock requestClock) {
		this.requests = requests;
		this.requestClock = requestClock;
	}

	/**
	 * @param received applications received this year
	 * @param answered answered this year (whenever received)
	 * @param answeredOnTime of those, answered by their due date (extension and stops counted)
	 * @param updatedOn the latest day an application was received or answered, {@code null} when none was
	 */
	public record Year(int year, long received, long answered, long answeredOnTime, LocalDate updatedOn) {
	}

	/** Counts in the database; on time is read from the clock stored at the reply, as the annual statistics read it. */
	public Year thisYear() {
		LocalDate today = requestClock.today();
		LocalDate first = today.withDayOfYear(1);
		return new Year(today.getYear(), requests.countReceivedBetween(first, today),
				requests.countRepliedBetween(first, today), requests.countRepliedOnTimeBetween(first, today),
				later(requests.lastReceived(), requests.lastReplied()));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null || (b != null && b.isAfter(a)) ? b : a;
	}

}
