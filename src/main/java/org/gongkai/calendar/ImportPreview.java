package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import would do, shown before it is confirmed: rows written, of which {@code replaced} overwrite loaded
 * ones, the first day whose working-day status changes ({@code null} when none does) and, for every module keeping
 * deadlines, how many open ones would move.
 */
public record ImportPreview(int imported, int replaced, LocalDate firstChangedDay, List<Impact> impacts) {

	public ImportPreview {
		impacts = List.copyOf(impacts);
	}

	/** Whether confirming would move any open deadline. */
	public boolean movesDeadlines() {
		return impacts.stream().anyMatch(impact -> impact.moved() > 0);
	}

	/**
	 * One module's count.
	 *
	 * @param labelKey the message key naming what is counted ({@link DeadlineImpact#labelKey()})
	 * @param label the same in the caller's language
	 */
	public record Impact(String labelKey, String label, long moved) {
	}

}
