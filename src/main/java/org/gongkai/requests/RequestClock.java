package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.SkippedDay;
import org.gongkai.calendar.StoppedSpan;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.WorkingDays;

/**
 * The statutory clock of an application (答复期限), in working days from the calendar module: the period starts
 * the day after the receipt (or after the corrected application arrives, in full again), stands still while a
 * correction, a consultation or a fee is awaited, and grows by the approved extension.
 */
@Component
class RequestClock {

	private final WorkingDays workingDays;

	private final Clock clock;

	RequestClock(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The due date of an application received on {@code receivedOn}, before anything moved its clock. */
	LocalDate initialDueDate(LocalDate receivedOn, RuleSet rules) {
		return workingDays.dueDate(receivedOn, rules.replyDays()).dueDate();
	}

	/** The clock on the live calendar. */
	ClockStatement statement(DisclosureRequest request) {
		return statement(request, workingDays);
	}

	/**
	 * The clock counted on {@code calendar}: the live one, or a proposed one (a holiday notice before it is
	 * confirmed), to see which due dates the proposal would move ({@link ApplicationDeadlines}).
	 */
	ClockStatement statement(DisclosureRequest request, WorkingDayCalendar calendar) {
		return statement(request.clockFacts(), calendar);
	}

	/** The clock on the live calendar, from the facts alone (the tracking lookup reads them without the entity). */
	ClockStatement statement(ClockFacts facts) {
		return statement(facts, workingDays);
	}

	private ClockStatement statement(ClockFacts facts, WorkingDayCalendar calendar) {
		LocalDate today = today();
		LocalDate start = facts.clockStart();
		List<ClockFacts.Stop> stops = facts.stops()
			.stream()
			.filter(stop -> !stop.stoppedOn().isBefore(start) && !(stop.kind() == StopKind.CORRECTION
					&& stop.resumedOn() != null && !stop.resumedOn().isAfter(start)))
			.toList();
		List<StoppedSpan> spans = stops.stream().map(ClockFacts.Stop::span).toList();
		LocalDate end = facts.repliedOn() != null ? facts.repliedOn()
				: facts.closedOn() != null ? facts.closedOn() : today;
		List<ClockStatement.Stop> lines = stops.stream()
			.map(stop -> new ClockStatement.Stop(stop.kind(), stop.stoppedOn(), stop.resumedOn(), stop.answerDue(),
					calendar.workingDaysBetween(stop.stoppedOn(),
							stop.resumedOn() != null ? stop.resumedOn() : later(stop.stoppedOn(), end))))
			.toList();
		int allowed = facts.rules().replyDays() + facts.extensionDays();
		int used = calendar.workingDaysBetween(start, end, spans);
		boolean stopped = stops.stream().anyMatch(ClockFacts.Stop::stillStopped);
		boolean restarted = !start.equals(facts.receivedOn());
		if (stopped) {
			return new ClockStatement(facts.rules(), facts.receivedOn(), start, restarted,
					facts.rules().replyDays(), facts.extensionDays(), lines, List.of(), List.of(), null, true, used,
					allowed - used, false, facts.repliedOn(), false, true);
		}
		DueDate due = calendar.dueDate(start, allowed, spans);
		List<SkippedDay> holidays = due.skipped()
			.stream()
			.filter(day -> !SkippedDay.WEEKEND.equals(day.reason()))
			.toList();
		boolean open = facts.open();
		boolean overdue = open && today.isAfter(due.dueDate());
		boolean late = facts.repliedOn() != null && facts.repliedOn().isAfter(due.dueDate());
		// Once replied or closed the due date moves nobody: "the due date may still change" no longer applies.
		boolean mayChange = open && !due.calendarComplete();
		return new ClockStatement(facts.rules(), facts.receivedOn(), start, restarted, facts.rules().replyDays(),
				facts.extensionDays(), lines, holidays, due.makeUpWorkdays(), due.dueDate(), false, used,
				allowed - used, overdue, facts.repliedOn(), late, !mayChange);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	LocalDate afterWorkingDays(LocalDate from, int days) {
		return workingDays.dueDate(from, days).dueDate();
	}

	int workingDaysBetween(LocalDate from, LocalDate to) {
		return workingDays.workingDaysBetween(from, to);
	}

	boolean isWorkingDay(LocalDate day) {
		return workingDays.isWorkingDay(day);
	}

}
