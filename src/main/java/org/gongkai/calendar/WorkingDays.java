package org.gongkai.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Working days (工作日) for every deadline of the product: whether a date is one, and where a period of N
 * working days ends. Rows staff enter take effect at once: a call reads the rows it needs, except inside a
 * read-only transaction, which counts every deadline of that transaction against the whole calendar (a few hundred
 * rows), read once and kept for a few seconds across transactions (an inbox of thousands of open applications asked
 * 6 queries per application; reading the whole calendar for every tracking lookup was most of its cost).
 */
@Service
@Transactional(readOnly = true)
public class WorkingDays implements WorkingDayCalendar {

	/**
	 * Days read beyond the 7/5 calendar days a period needs: enough for any real year's holidays (the longest
	 * break, the Spring Festival of 2020, was under three weeks), so one range query almost always suffices.
	 */
	private static final int SLACK_DAYS = 62;

	/**
	 * How long the whole calendar read for read-only transactions is kept between them. Reading it (a few hundred
	 * rows) for each one was most of the cost of a tracking lookup (issue 16: 160 lookups/s with 30 applications);
	 * a change on this node drops it at once ({@link #changed}), another node's within these seconds. Read again by
	 * one caller while the others keep the aged copy ({@link CalendarSnapshot}).
	 */
	private static final Duration SNAPSHOT_MAX_AGE = Duration.ofSeconds(5);

	private final CalendarSnapshot snapshot = new CalendarSnapshot(SNAPSHOT_MAX_AGE);

	private final CalendarDayRepository days;

	private final CalendarProperties properties;

	WorkingDays(CalendarDayRepository days, CalendarProperties properties) {
		this.days = days;
		this.properties = properties;
	}

	/** A {@code workday} row, or Monday-Friday without a {@code holiday} row. */
	public boolean isWorkingDay(LocalDate date) {
		return day(date).workingDay();
	}

	/** Whether {@code date} is a working day, with the holiday's or make-up day's name. */
	public DayInfo day(LocalDate date) {
		return count(date, date, Optional.empty()).day(date);
	}

	/** The day on which {@code workingDays} working days after {@code from} have passed; 0 gives {@code from}. */
	@Override
	public DueDate dueDate(LocalDate from, int workingDays) {
		return dueDate(from, workingDays, List.of());
	}

	/**
	 * The day on which {@code workingDays} working days after {@code from} have passed when the days inside
	 * {@code stopped} do not count (a clock stopped for a correction or a consultation). Every span must be closed:
	 * while the clock stands there is no due date, only {@link #workingDaysBetween(LocalDate, LocalDate, List) the
	 * days used}.
	 */
	@Override
	public DueDate dueDate(LocalDate from, int workingDays, List<StoppedSpan> stopped) {
		WorkingDayCount whole = transactionCalendar();
		if (whole != null) {
			return whole.dueDate(from, workingDays, stopped);
		}
		Optional<Integer> lastYear = lastLoadedYear();
		long stoppedDays = stopped.stream().mapToLong(StoppedSpan::length).sum();
		LocalDate last = from.plusDays(workingDays * 2L + SLACK_DAYS + stoppedDays);
		DueDate due = count(from.plusDays(1), last, lastYear).dueDate(from, workingDays, stopped);
		// Past the rows read, days counted as plain weekdays: read again, further, in case staff entered long breaks.
		while (due.dueDate().isAfter(last)) {
			last = due.dueDate().plusDays(workingDays + (long) SLACK_DAYS);
			due = count(from.plusDays(1), last, lastYear).dueDate(from, workingDays, stopped);
		}
		return due;
	}

	/**
	 * The working day {@code workingDays} working days before {@code to} ("n working days ago"): when {@code to} is
	 * a working day, the inverse of {@link #dueDate(LocalDate, int)}. For dating demo data and look-backs.
	 */
	public LocalDate workingDaysBefore(LocalDate to, int workingDays) {
		WorkingDayCount count = count(to.minusDays(workingDays * 2L + SLACK_DAYS), to, lastLoadedYear());
		LocalDate day = to;
		int counted = 0;
		while (counted < workingDays) {
			day = day.minusDays(1);
			if (count.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How many working days lie after {@code from} up to and including {@code to} (0 when {@code to} is not
	 * after {@code from}): how late something was, counted the way its deadline was.
	 */
	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return workingDaysBetween(from, to, List.of());
	}

	/** As {@link #workingDaysBetween(LocalDate, LocalDate)}, not counting the days inside {@code stopped}. */
	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
		if (!to.isAfter(from)) {
			return 0;
		}
		return count(from.plusDays(1), to, lastLoadedYear()).countBetween(from, to, stopped);
	}

	/** The last year with any row, whose holiday notice is therefore (assumed) loaded. */
	public Optional<Integer> lastLoadedYear() {
		WorkingDayCount whole = transactionCalendar();
		return whole != null ? whole.lastLoadedYear() : days.lastDay().map(LocalDate::getYear);
	}

	/** From {@code gongkai.calendar.warn-from} (1 December) to the year's end, when next year has no row yet. */
	public boolean nextYearMissingWarning(LocalDate today) {
		if (MonthDay.from(today).isBefore(properties.warnFrom())) {
			return false;
		}
		int next = today.getYear() + 1;
		return !days.existsByDayBetween(LocalDate.of(next, 1, 1), LocalDate.of(next, 12, 31));
	}

	/**
	 * The year whose holiday notice is missing and already counts: this year when it has no row at all, otherwise
	 * from {@code gongkai.calendar.warn-from} next year when it has none. Deadlines running into it are provisional.
	 */
	public Optional<Integer> yearNotLoaded(LocalDate today) {
		int year = today.getYear();
		if (!days.existsByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
			return Optional.of(year);
		}
		return nextYearMissingWarning(today) ? Optional.of(year + 1) : Optional.empty();
	}

	/**
	 * For a year past the last loaded one, its statutory holidays as the count treats them now (provisional: those
	 * on Monday-Friday are rest days, named); empty for a loaded year, whose rows say it all.
	 */
	public List<DayInfo> provisionalHolidays(int year) {
		Optional<Integer> lastYear = lastLoadedYear();
		if (lastYear.isPresent() && year <= lastYear.get()) {
			return List.of();
		}
		WorkingDayCount count = new WorkingDayCount(Map.of(), lastYear);
		return StatutoryHolidays.of(year).keySet().stream().map(count::day).toList();
	}

	private WorkingDayCount count(LocalDate first, LocalDate last, Optional<Integer> lastYear) {
		WorkingDayCount whole = transactionCalendar();
		return whole != null ? whole : new WorkingDayCount(entries(days.findByDayBetweenOrderByDay(first, last)), lastYear);
	}

	/**
	 * The whole calendar, read once per read-only transaction and kept until it ends; {@code null} outside one (a
	 * transaction that writes may change the rows it would keep).
	 */
	private WorkingDayCount transactionCalendar() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		WorkingDayCount whole = (WorkingDayCount) TransactionSynchronizationManager.getResource(this);
		if (whole == null) {
			whole = snapshot.get(() -> new WorkingDayCount(entries(days.findAll()),
					days.lastDay().map(LocalDate::getYear)));
			TransactionSynchronizationManager.bindResource(this, whole);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(WorkingDays.this);
				}
			});
		}
		return whole;
	}

	/**
	 * A change of the calendar: the next read-only transaction reads it afresh (after the commit, so that no reader
	 * keeps the rows before it). Other nodes see it when their copy expires.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void changed(CalendarChanged changed) {
		snapshot.drop();
	}

	private static Map<LocalDate, CalendarEntry> entries(List<CalendarDay> rows) {
		return rows.stream()
			.map(CalendarDay::toEntry)
			.collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
	}

}
