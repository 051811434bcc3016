package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.calendar.DeadlineImpact;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The applications' part of a calendar upload's preview: how many open applications' due dates the proposed
 * calendar would move, counted by the very clock that computes them ({@link RequestClock}) on both calendars. Only
 * against the stored due date (what the live calendar gave at the last step or change). Only running clocks have a due date; those due before the first changed day cannot move. Read in batches of
 * {@value #BATCH}, each in a read-only transaction of its own.
 */
@Component
class ApplicationDeadlines implements DeadlineImpact {

	static final int BATCH = 500;

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final TransactionTemplate reading;

	ApplicationDeadlines(RequestRepository requests, RequestClock requestClock,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String labelKey() {
		return "requests.impact.applications";
	}

	@Override
	public long moved(WorkingDayCalendar proposed, LocalDate firstChangedDay) {
		long moved = 0;
		long after = 0;
		List<Long> ids;
		while (!(ids = requests.idsRunningDueFrom(firstChangedDay, after, Limit.of(BATCH))).isEmpty()) {
			List<Long> batch = ids;
			Long count = reading.execute(status -> requests.findWithStops(batch)
				.stream()
				.filter(r -> !Objects.equals(r.dueOn(), requestClock.statement(r, proposed).dueDate()))
				.count());
			moved += count == null ? 0 : count;
			after = ids.get(ids.size() - 1);
		}
		return moved;
	}

}
