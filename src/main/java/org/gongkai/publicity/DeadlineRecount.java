package org.gongkai.publicity;

import java.util.List;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingDays;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the working-day calendar changes (a holiday notice loaded), the due days of the records awaiting publication
 * whose period can reach the changed days are counted again, in batches, each in a transaction of its own; a due day
 * that was provisional becomes final once the notice covers it.
 */
@Component
class DeadlineRecount {

	static final int BATCH = 500;

	private final PublicityRecordRepository records;

	private final WorkingDays workingDays;

	private final PublicityProperties properties;

	private final TransactionTemplate transactions;

	DeadlineRecount(PublicityRecordRepository records, WorkingDays workingDays, PublicityProperties properties,
			TransactionTemplate transactions) {
		this.records = records;
		this.workingDays = workingDays;
		this.properties = properties;
		this.transactions = transactions;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CalendarChanged changed) {
		long after = 0;
		List<Long> ids;
		while (!(ids = records.idsReaching(changed.firstDay(), changed.lastDay(), after, Limit.of(BATCH))).isEmpty()) {
			List<Long> batch = ids;
			transactions.executeWithoutResult(status -> records.findAllById(batch)
				.forEach(r -> r.due(PublicityDeadline.due(workingDays, r.getDecidedOn(),
						properties.withinWorkingDays()))));
			after = ids.get(ids.size() - 1);
		}
	}

}
