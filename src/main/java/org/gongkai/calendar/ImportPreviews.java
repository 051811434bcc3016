package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preview of an import (CSV upload or API {@code dryRun}): the same checks as the import itself, then every
 * {@link DeadlineImpact} bean counts the open deadlines the rows would move, counted on a {@link ProposedCalendar}.
 * Nothing is written.
 */
@Service
@Transactional(readOnly = true)
class ImportPreviews {

	private final CalendarDayRepository days;

	private final ObjectProvider<DeadlineImpact> impacts;

	private final MessageSource messages;

	ImportPreviews(CalendarDayRepository days, ObjectProvider<DeadlineImpact> impacts, MessageSource messages) {
		this.days = days;
		this.impacts = impacts;
		this.messages = messages;
	}

	/** The preview, or {@link ImportRejected} listing each bad row, exactly as the import would refuse them. */
	ImportPreview preview(List<DayRow> rows, List<RowProblem> earlier) {
		List<CalendarEntry> entries = RowCheck.entries(rows, earlier);
		Map<LocalDate, CalendarEntry> current = days.findAll()
			.stream()
			.map(CalendarDay::toEntry)
			.collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
		int replaced = (int) entries.stream().filter(entry -> current.containsKey(entry.date())).count();
		ProposedCalendar proposed = new ProposedCalendar(current, entries);
		Optional<LocalDate> firstChanged = proposed.firstChangedDay();
		List<ImportPreview.Impact> counts = impacts.orderedStream()
			.map(impact -> new ImportPreview.Impact(impact.labelKey(),
					messages.getMessage(impact.labelKey(), null, impact.labelKey(), LocaleContextHolder.getLocale()),
					firstChanged.map(day -> impact.moved(proposed, day)).orElse(0L)))
			.toList();
		return new ImportPreview(entries.size(), replaced, firstChanged.orElse(null), counts);
	}

}
