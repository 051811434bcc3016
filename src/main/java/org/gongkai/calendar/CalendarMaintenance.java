package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the calendar (the disclosure office enters each year's State Council notice): add, delete, import.
 * Every change publishes an {@link AuditEvent} and a {@link CalendarChanged} inside its transaction, so it commits
 * with its audit row, and the modules keeping deadlines hear of it, or not at all.
 */
@Service
@Transactional
class CalendarMaintenance {

	private final CalendarDayRepository days;

	private final ApplicationEventPublisher events;

	CalendarMaintenance(CalendarDayRepository days, ApplicationEventPublisher events) {
		this.days = days;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<YearCount> years() {
		return days.countByYear();
	}

	@Transactional(readOnly = true)
	public List<CalendarEntry> year(int year) {
		return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(CalendarDay::toEntry)
			.toList();
	}

	public void add(CalendarEntry entry) {
		if (days.existsById(entry.date())) {
			throw RuleViolation.invalid("date", "calendar.error.exists", entry.date());
		}
		if (entry.makeUpWorkday() && !CalendarEntry.weekend(entry.date())) {
			throw RuleViolation.invalid("kind", "calendar.error.workdayOnWeekday");
		}
		Optional<Integer> lastYear = lastLoadedYear();
		days.save(new CalendarDay(entry));
		audit("calendar.day.added", entry.date(), describe(entry));
		changed(entry.date(), entry.date(), lastYear);
	}

	public void delete(LocalDate date) {
		CalendarDay day = days.findById(date).orElseThrow(() -> RuleViolation.notFound("calendar.error.notFound", date));
		Optional<Integer> lastYear = lastLoadedYear();
		days.delete(day);
		audit("calendar.day.deleted", date, "deleted " + describe(day.toEntry()));
		changed(date, date, lastYear);
	}

	/** All rows or none: rows for dates already loaded replace them (a corrected notice). */
	public ImportResult importRows(List<DayRow> rows, List<RowProblem> earlier) {
		List<CalendarEntry> entries = RowCheck.entries(rows, earlier);
		Optional<Integer> lastYear = lastLoadedYear();
		Map<LocalDate, CalendarDay> loaded = days.findAllById(entries.stream().map(CalendarEntry::date).toList())
			.stream()
			.collect(Collectors.toMap(CalendarDay::day, Function.identity()));
		int replaced = 0;
		for (CalendarEntry entry : entries) {
			CalendarDay existing = loaded.get(entry.date());
			if (existing != null) {
				String before = describe(existing.toEntry());
				existing.change(entry);
				audit("calendar.day.replaced", entry.date(), before + " -> " + describe(entry));
				replaced++;
			}
			else {
				days.save(new CalendarDay(entry));
				audit("calendar.day.imported", entry.date(), describe(entry));
			}
		}
		List<LocalDate> dates = entries.stream().map(CalendarEntry::date).sorted().toList();
		changed(dates.get(0), dates.get(dates.size() - 1), lastYear);
		return new ImportResult(entries.size(), replaced);
	}

	/**
	 * Tells the modules keeping deadlines which days changed: the rows written or deleted, and every day of a year
	 * that became loaded or unloaded by it, since such a year gains or loses its computed statutory holidays
	 * (a first row for 2027 turns its Spring Festival from computed days into whatever the notice says).
	 */
	private void changed(LocalDate first, LocalDate last, Optional<Integer> lastYearBefore) {
		Optional<Integer> lastYearAfter = lastLoadedYear();
		LocalDate from = first;
		LocalDate to = last;
		if (!lastYearAfter.equals(lastYearBefore)) {
			int before = lastYearBefore.orElse(HolidayLaw.FIRST_YEAR - 1);
			int after = lastYearAfter.orElse(HolidayLaw.FIRST_YEAR - 1);
			from = earlier(from, LocalDate.of(Math.min(before, after) + 1, 1, 1));
			to = later(to, LocalDate.of(Math.max(before, after), 12, 31));
		}
		events.publishEvent(new CalendarChanged(from, to));
	}

	/** Flushes first (a JPQL query does), so that the rows of this transaction count. */
	private Optional<Integer> lastLoadedYear() {
		return days.lastDay().map(LocalDate::getYear);
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private void audit(String action, LocalDate date, String summary) {
		events.publishEvent(AuditEvent.of(action, "CalendarDay", date, summary));
	}

	private static String describe(CalendarEntry entry) {
		return entry.date() + " " + entry.kind().code() + " " + entry.name();
	}

}
