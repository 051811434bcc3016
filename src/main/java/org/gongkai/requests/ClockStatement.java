package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.gongkai.calendar.DayInfo;
import org.gongkai.calendar.SkippedDay;

/**
 * The reply period itemised, as the applicant and the handlers see it: the working days the rules allow, the
 * extension, every stop with its dates and the working days it did not count, and the holidays and make-up working
 * days the count passed over, down to the due date.
 *
 * @param clockStart the day the period counts from: the receipt, or the day the corrected application arrived
 * @param restartedByCorrection whether {@code clockStart} is a correction's arrival (the period restarted in full)
 * @param stops every stop after {@code clockStart}, in date order
 * @param holidays holidays passed over inside the counted time (weekends are not listed)
 * @param makeUpWorkdays weekend days that counted as working days (调休上班)
 * @param dueDate the last day to reply; {@code null} while the clock stands (see {@code workingDaysLeft})
 * @param workingDaysUsed working days counted from {@code clockStart} to today (or to the reply)
 * @param workingDaysLeft working days left to the due date; negative when overdue; meaningless while a correction
 *        is awaited (see {@link #restartsOnCorrection()})
 * @param calendarComplete {@code false} when the count runs into a year whose holidays are not loaded yet
 */
public record ClockStatement(RuleSet rules, LocalDate receivedOn, LocalDate clockStart, boolean restartedByCorrection,
		int replyDays, int extensionDays, List<Stop> stops, List<SkippedDay> holidays, List<DayInfo> makeUpWorkdays,
		LocalDate dueDate, boolean stopped, int workingDaysUsed, int workingDaysLeft, boolean overdue,
		LocalDate repliedOn, boolean repliedLate, boolean calendarComplete) {

	public ClockStatement {
		stops = List.copyOf(stops);
		holidays = List.copyOf(holidays);
		makeUpWorkdays = List.copyOf(makeUpWorkdays);
	}

	/** Working days allowed in all: the rules' period plus the extension. */
	public int allowedDays() {
		return replyDays + extensionDays;
	}

	/**
	 * Whether a correction is awaited: the days used so far no longer count and the period of {@code replyDays}
	 * restarts in full the day the corrected application arrives (Art. 30), so no count of days left applies. Said
	 * to the API's clients as well as on the case page.
	 */
	@JsonProperty
	public boolean restartsOnCorrection() {
		return stops.stream().anyMatch(stop -> stop.kind() == StopKind.CORRECTION && stop.until() == null);
	}

	/** Working days not counted because of stops. */
	public int daysStopped() {
		return stops.stream().mapToInt(Stop::workingDaysNotCounted).sum();
	}

	/**
	 * One stop of the clock.
	 *
	 * @param until the day the clock restarted, {@code null} while it stands
	 * @param answerDue the other side's deadline (the correction date, the consultation's end, the pay-by date)
	 * @param workingDaysNotCounted working days inside the stop, up to today while it stands
	 */
	public record Stop(StopKind kind, LocalDate from, LocalDate until, LocalDate answerDue,
			int workingDaysNotCounted) {

		public String article() {
			return kind.article();
		}

	}

}
