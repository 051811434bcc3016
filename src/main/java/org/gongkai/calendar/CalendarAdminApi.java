package org.gongkai.calendar;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loading a year's notice from a script: the same rules as the CSV upload, all rows or none. A rejected body
 * answers 400 problem details with one entry per problem, {@code index} being the position in the array. With
 * {@code dryRun=true} nothing is written: the answer says how many open deadlines of each module the rows would
 * move ({@link ImportPreview}), as the upload page shows before it is confirmed.
 */
@RestController
@RequestMapping("/api/v1/admin/calendar")
class CalendarAdminApi {

	private final CalendarMaintenance maintenance;

	private final ImportPreviews previews;

	private final MessageSource messages;

	CalendarAdminApi(CalendarMaintenance maintenance, ImportPreviews previews, MessageSource messages) {
		this.maintenance = maintenance;
		this.previews = previews;
		this.messages = messages;
	}

	/** An {@link ImportResult}, or with {@code dryRun=true} an {@link ImportPreview} and nothing written. */
	@PostMapping("/days")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	Object importDays(@RequestBody List<Day> days, @RequestParam(defaultValue = "false") boolean dryRun) {
		List<DayRow> rows = IntStream.range(0, days.size()).mapToObj(i -> Day.row(i, days.get(i))).toList();
		return dryRun ? previews.preview(rows, List.of()) : maintenance.importRows(rows, List.of());
	}

	@ExceptionHandler(ImportRejected.class)
	ProblemDetail rejected(ImportRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				msg("calendar.import.rejected", ex.problems().size()));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(p -> p.position() == null ? Map.of("message", msg(p.messageKey(), p.argsArray()))
					: Map.of("index", p.position(), "message", msg(p.messageKey(), p.argsArray())))
			.toList());
		return problem;
	}

	/** The API's wording ({@code key.api}, speaking of indexes) where it differs from the upload page's. */
	private String msg(String key, Object... args) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key + ".api", key }, args),
				LocaleContextHolder.getLocale());
	}

	/** One element of the request body: {@code {"date":"2027-01-01","kind":"holiday","name":"元旦"}}. */
	record Day(String date, String kind, String name) {

		static DayRow row(int index, Day day) {
			return day == null ? new DayRow(index, null, null, null)
					: new DayRow(index, day.date(), day.kind(), day.name());
		}

	}

}
