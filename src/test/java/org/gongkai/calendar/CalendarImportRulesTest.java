package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading and checking an uploaded calendar file: every bad line is reported, by its line number. */
class CalendarImportRulesTest {

	@Test
	void theShippedFilePassesTheUploadRules() {
		List<CalendarEntry> entries = ShippedCalendar.entries();

		assertThat(entries).hasSize(373);
		assertThat(entries).first().isEqualTo(new CalendarEntry(LocalDate.of(2016, 1, 1), DayKind.HOLIDAY, "元旦"));
		assertThat(entries).allSatisfy(e -> assertThat(!e.makeUpWorkday() || CalendarEntry.weekend(e.date())).isTrue());
	}

	@Test
	void listsEveryBadLineWithItsReason() {
		String csv = """
				date,kind,name
				2027-01-01,holiday,元旦
				2027-02-30,holiday,春节
				2027-02-06,rest,春节

				2027-02-07,workday,
				2027-01-01,holiday,元旦
				2027-02-08,workday,春节
				2027-02-20,holiday
				2027-02-21,workday,春节
				""";

		List<RowProblem> problems = problems(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(problems).extracting(RowProblem::position, RowProblem::messageKey)
			.containsExactly(tuple(3, "calendar.import.badDate"), tuple(4, "calendar.import.badKind"),
					tuple(6, "calendar.import.emptyName"), tuple(7, "calendar.import.duplicate"),
					tuple(8, "calendar.error.workdayOnWeekday"), tuple(9, "calendar.import.columns"));
		assertThat(problems.get(0).args()).containsExactly("2027-02-30");
		assertThat(problems.get(3).args()).containsExactly(2);
	}

	@Test
	void acceptsAByteOrderMarkWindowsLineEndsAndQuotedNames() {
		byte[] csv = "\uFEFFdate,kind,name\r\n2027-02-06,holiday,\"春节\"\r\n2027-02-20,WORKDAY,春节\r\n"
			.getBytes(StandardCharsets.UTF_8);

		CsvRows.Parsed parsed = CsvRows.read(csv);

		assertThat(RowCheck.entries(parsed.rows(), parsed.problems())).containsExactly(
				new CalendarEntry(LocalDate.of(2027, 2, 6), DayKind.HOLIDAY, "春节"),
				new CalendarEntry(LocalDate.of(2027, 2, 20), DayKind.WORKDAY, "春节"));
	}

	@Test
	void refusesAFileWithoutTheHeaderOrNotInUtf8OrWithoutRows() {
		assertThat(problems("2027-01-01,holiday,元旦\n".getBytes(StandardCharsets.UTF_8)))
			.extracting(RowProblem::position, RowProblem::messageKey)
			.containsExactly(tuple(1, "calendar.import.header"));
		assertThat(problems("date,kind,name\n2027-01-01,holiday,元旦\n".getBytes(Charset.forName("GBK"))))
			.extracting(RowProblem::messageKey)
			.containsExactly("calendar.import.encoding");
		assertThat(problems("date,kind,name\n\n".getBytes(StandardCharsets.UTF_8))).extracting(RowProblem::messageKey)
			.containsExactly("calendar.import.empty");
	}

	@Test
	void readsTheWarningDayAsWrittenInTheProperties() {
		MonthDayConverter converter = new MonthDayConverter();

		assertThat(converter.convert("12-01")).isEqualTo(MonthDay.of(12, 1));
		assertThat(converter.convert("--11-15")).isEqualTo(MonthDay.of(11, 15));
	}

	private static List<RowProblem> problems(byte[] csv) {
		ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> {
			CsvRows.Parsed parsed = CsvRows.read(csv);
			RowCheck.entries(parsed.rows(), parsed.problems());
		});
		assertThat(rejected).as("the file is rejected").isNotNull();
		return rejected.problems();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
