package org.gongkai.approvals;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.calendar.CalendarChanged;

/**
 * When the working-day calendar changes (a holiday notice loaded), counts again the due dates kept on the running
 * cases, on which the console's overdue list and counts rely; in batches, each in a transaction of its own. Pages
 * count the due dates afresh anyway.
 */
@Component
class CalendarRefresh {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

	private final ApprovalCases cases;

	private final TransactionTemplate batchTransaction;

	CalendarRefresh(ApprovalCases cases, PlatformTransactionManager transactions) {
		this.cases = cases;
		this.batchTransaction = new TransactionTemplate(transactions);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CalendarChanged changed) {
		int batches = refreshAll();
		log.info("Calendar changed {}..{}: due dates of running approval cases counted again ({} batch(es))",
				changed.firstDay(), changed.lastDay(), batches);
	}

	/** Counts again the due dates of every running case; answers the number of batches. */
	int refreshAll() {
		long after = 0;
		int batches = 0;
		while ((after = next(after)) >= 0) {
			batches++;
		}
		return batches;
	}

	private long next(long after) {
		Long last = batchTransaction.execute(status -> cases.refreshRunning(after, BATCH));
		return last == null ? -1 : last;
	}

}
