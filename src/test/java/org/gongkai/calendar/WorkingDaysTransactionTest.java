package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction counts all its deadlines against one reading of the calendar (an inbox computes
 * thousands): the same answers as reading per call, and a row staff enter counts from the next transaction on.
 */
@CalendarSpringTest
class WorkingDaysTransactionTest {

	private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 28);

	@Autowired
	WorkingDays workingDays;

	/** The office's way of entering a day: it tells every node's calendar cache (CalendarChanged). */
	@Autowired
	CalendarMaintenance maintenance;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void deadlinesInAReadOnlyTransactionAreThoseOfACallOnItsOwn() {
		List<StoppedSpan> stopped = List.of(new StoppedSpan(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16)));
		DueDate alone = workingDays.dueDate(BEFORE_NATIONAL_DAY, 20, stopped);
		int usedAlone = workingDays.workingDaysBetween(BEFORE_NATIONAL_DAY, LocalDate.of(2026, 12, 5), stopped);

		DueDate inTransaction = readOnly().execute(status -> workingDays.dueDate(BEFORE_NATIONAL_DAY, 20, stopped));
		Integer usedInTransaction = readOnly().execute(status -> {
			workingDays.isWorkingDay(LocalDate.of(2026, 10, 10));
			return workingDays.workingDaysBetween(BEFORE_NATIONAL_DAY, LocalDate.of(2026, 12, 5), stopped);
		});

		// 29, 30 Sep; 1-7 Oct off; 8, 9 and the make-up Saturday 10 Oct; stopped 12-15 Oct, the 16th counts again.
		assertThat(inTransaction).isEqualTo(alone);
		assertThat(inTransaction.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
		assertThat(usedInTransaction).isEqualTo(usedAlone);
		Optional<Integer> lastYear = readOnly().execute(status -> workingDays.lastLoadedYear());
		assertThat(lastYear).isEqualTo(workingDays.lastLoadedYear()).isPresent();
	}

	@Test
	void aHolidayEnteredCountsInTheNextTransaction() {
		LocalDate due = readOnly().execute(status -> workingDays.dueDate(LocalDate.of(2026, 11, 2), 3).dueDate());
		assertThat(due).isEqualTo(LocalDate.of(2026, 11, 5));
		maintenance.add(new CalendarEntry(LocalDate.of(2026, 11, 4), DayKind.HOLIDAY, "测试假日"));
		try {
			LocalDate after = readOnly().execute(status -> workingDays.dueDate(LocalDate.of(2026, 11, 2), 3).dueDate());

			assertThat(after).isEqualTo(LocalDate.of(2026, 11, 6));
		}
		finally {
			maintenance.delete(LocalDate.of(2026, 11, 4));
		}
	}

	private TransactionTemplate readOnly() {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template;
	}

}
