package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the calendar (the disclosure office enters each year's State Council notice): add, delete, import.
 * Every change publishes an {@link AuditEvent} inside its transaction, so it commits with its audit row or not at all.
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
		days.save(new CalendarDay(entry));
		audit("calendar.day.added", entry.date(), describe(entry));
		events.publishEvent(new CalendarChanged(entry.date(), entry.date()));
	}

	public void delete(LocalDate date) {
		CalendarDay day = days.findById(date).orElseThrow(() -> RuleViolation.notFound("calendar.error.notFound", date));
		days.delete(day);
		audit("calendar.day.deleted", date, "deleted " + describe(day.toEntry()));
		events.publishEvent(new CalendarChanged(date, date));
	}

	/** All rows or none: rows for dates already loaded replace them (a corrected notice). */
	public ImportResult importRows(List<DayRow> rows, List<RowProblem> earlier) {
		List<CalendarEntry> entries = RowCheck.entries(rows, earlier);
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
		entries.stream()
			.map(CalendarEntry::date)
			.min(LocalDate::compareTo)
			.ifPresent(first -> events.publishEvent(new CalendarChanged(first,
					entries.stream().map(CalendarEntry::date).max(LocalDate::compareTo).orElseThrow())));
		return new ImportResult(entries.size(), replaced);
	}

	private void audit(String action, LocalDate date, String summary) {
		events.publishEvent(AuditEvent.of(action, "CalendarDay", date, summary));
	}

	private static String describe(CalendarEntry entry) {
		return entry.date() + " " + entry.kind().code() + " " + entry.name();
	}

}
