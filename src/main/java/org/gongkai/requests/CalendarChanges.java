package org.gongkai.requests;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import org.gongkai.calendar.CalendarChanged;

/**
 * When the working-day calendar changes (a holiday notice loaded, a day corrected), recomputes the stored clock of
 * every open application whose period can reach the changed days, in batches of {@value #BATCH} by id, each batch
 * in transactions of its own (the listener itself runs outside one: a province's open applications are not one
 * transaction). An applicant whose due date moved is told on the tracking page's timeline and by e-mail.
 */
@Component
class CalendarChanges {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(CalendarChanges.class);

	private final RequestRepository requests;

	private final ClockRecompute recompute;

	CalendarChanges(RequestRepository requests, ClockRecompute recompute) {
		this.requests = requests;
		this.recompute = recompute;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CalendarChanged changed) {
		int moved = recompute(changed);
		log.info("Calendar changed {}..{}: {} due date(s) moved", changed.firstDay(), changed.lastDay(), moved);
	}

	/** Recomputes the open applications the change can reach; returns how many due dates moved. */
	int recompute(CalendarChanged changed) {
		int moved = 0;
		long after = 0;
		List<Long> ids;
		while (!(ids = requests.idsReaching(RequestStatus.concluded(), changed.firstDay(), changed.lastDay(), after,
				Limit.of(BATCH))).isEmpty()) {
			moved += recompute.batch(ids, true);
			after = ids.get(ids.size() - 1);
		}
		return moved;
	}

}
