package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.StoppedSpan;

/**
 * What the statutory clock of an application is counted from ({@link RequestClock#statement(ClockFacts)}): read from
 * the entity by the steps, or straight from the columns by the applicant's tracking lookup ({@link TrackingReads}).
 *
 * @param open whether the application is still open (its status)
 * @param stops the times the clock stood still, by the day they began
 */
record ClockFacts(RuleSet rules, LocalDate receivedOn, LocalDate clockStart, int extensionDays, LocalDate repliedOn,
		LocalDate closedOn, boolean open, List<Stop> stops) {

	ClockFacts {
		stops = List.copyOf(stops);
	}

	/** A time the clock stood still ({@link ClockStop}). */
	record Stop(StopKind kind, LocalDate stoppedOn, LocalDate resumedOn, LocalDate answerDue) {

		boolean stillStopped() {
			return resumedOn == null;
		}

		StoppedSpan span() {
			return new StoppedSpan(stoppedOn, resumedOn);
		}

	}

}
