package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;

/**
 * The annual statistics counted from cases handled through the facades in 2024-2026 ({@link StatisticsScenario}).
 * Other tests share the database, so the tables are compared before and after the scenario: every cell must move by
 * exactly what the scenario's cases put there and no other cell may move.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestStatisticsTest {

	static final int NP = 0, CE = 1, RI = 2, PW = 3, LS = 4, OO = 5, TOTAL = 6;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	final Map<Integer, AnnualStatistics> before = new LinkedHashMap<>();

	final Map<Integer, AnnualStatistics> after = new LinkedHashMap<>();

	@BeforeAll
	void runScenario() {
		SignedIn.as(staff, "office");
		for (int year = 2024; year <= 2026; year++) {
			before.put(year, statistics.annual(CurrentStaff.require(), year));
		}
		long open = new StatisticsScenario(applications, handling, units, staff, clock).run();
		clock.set(TestClockConfig.START);
		SignedIn.as(staff, "office");
		for (int year = 2024; year <= 2026; year++) {
			after.put(year, statistics.annual(CurrentStaff.require(), year));
		}
		// Leave no overdue application behind for the other tests' inboxes (2025 keeps counting it as open).
		handling.recordWithdrawal(CurrentStaff.require(), open, null);
		SignedIn.signOut();
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@AfterAll
	void resetClock() {
		clock.set(TestClockConfig.START);
	}

	@Test
	void tableBOf2025CountsEachCaseInItsRowAndColumn() {
		Map<String, int[]> expected = new LinkedHashMap<>();
		expected.put("RECEIVED", line(4, 2, 1, 1, 1, 1));
		expected.put("CARRIED_OVER", line(0, 0, 1, 0, 0, 0));
		expected.put("DISCLOSED", line(1, 0, 0, 0, 0, 0));
		expected.put("PARTLY_DISCLOSED", line(0, 1, 0, 0, 0, 0));
		expected.put("WITHHELD_THIRD_PARTY", line(0, 0, 1, 0, 0, 0));
		expected.put("UNABLE_NOT_HELD", line(1, 0, 1, 0, 0, 0));
		expected.put("NOT_HANDLED_REPEAT", line(0, 0, 0, 1, 0, 0));
		expected.put("OTHER_NOT_CORRECTED", line(0, 0, 0, 0, 1, 0));
		expected.put("OTHER_UNPAID", line(0, 0, 0, 0, 0, 1));
		expected.put("OTHER", line(1, 0, 0, 0, 0, 0));
		expected.put("CONCLUDED", line(3, 1, 2, 1, 1, 1));
		expected.put("CARRIED_FORWARD", line(1, 1, 0, 0, 0, 0));
		assertThat(difference(2025)).isEqualTo(complete(expected));
		assertThat(after.get(2025).checks()).allMatch(StatisticsCheck::passed);
		assertThat(after.get(2025).consistent()).isTrue();
	}

	@Test
	void aCaseAnsweredInTheNextYearIsCarriedOverBothWays() {
		Map<String, int[]> in2024 = new LinkedHashMap<>();
		in2024.put("RECEIVED", line(0, 0, 1, 0, 0, 0));
		in2024.put("CARRIED_FORWARD", line(0, 0, 1, 0, 0, 0));
		assertThat(difference(2024)).isEqualTo(complete(in2024));
		Map<String, int[]> in2026 = new LinkedHashMap<>();
		in2026.put("CARRIED_OVER", line(1, 1, 0, 0, 0, 0));
		in2026.put("DISCLOSED", line(0, 1, 0, 0, 0, 0));
		in2026.put("CONCLUDED", line(0, 1, 0, 0, 0, 0));
		in2026.put("CARRIED_FORWARD", line(1, 0, 0, 0, 0, 0));
		assertThat(difference(2026)).isEqualTo(complete(in2026));
		assertThat(after.get(2024).consistent()).isTrue();
		assertThat(after.get(2026).consistent()).isTrue();
	}

	@Test
	void tableCCountsDecidedAppealsByOutcomeAndPendingOnesAtTheYearsEnd() {
		assertThat(differenceC(2025)).containsExactly(1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1);
		assertThat(differenceC(2026)).containsExactly(0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
		assertThat(after.get(2025).checks()).filteredOn(c -> c.rule() == StatisticsCheck.Rule.C_TOTAL)
			.hasSize(3)
			.allMatch(StatisticsCheck::passed);
	}

	@Test
	void timelinessCountsTheRepliesOfTheYearAndTodaysOpenCases() {
		Performance was = before.get(2025).performance();
		Performance is = after.get(2025).performance();
		assertThat(is.replied() - was.replied()).as("replied in 2025").isEqualTo(6);
		assertThat(is.repliedOnTime() - was.repliedOnTime()).as("the repeat was answered after 4 August")
			.isEqualTo(5);
		assertThat(is.onTimeRate()).isNotNull();
		assertThat(is.medianWorkingDays()).isNotNull();
		assertThat(is.openNow() - was.openNow()).isEqualTo(1);
		assertThat(is.overdueNow() - was.overdueNow()).isEqualTo(1);
		assertThat(open(is, "法规处") - open(was, "法规处")).isEqualTo(1);
		assertThat(is.asOf()).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void onlyTheDisclosureOfficeSeesTheStatisticsAndTheYearMustBeInRange() throws Exception {
		SignedIn.as(staff, "handler");
		assertThatThrownBy(() -> statistics.annual(CurrentStaff.require(), 2025)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).status().value())
			.isEqualTo(403);
		SignedIn.as(staff, "office");
		assertThatThrownBy(() -> statistics.annual(CurrentStaff.require(), 2007)).extracting(ex -> ((RuleViolation) ex).field())
			.isEqualTo("year");
		assertThatThrownBy(() -> statistics.annual(CurrentStaff.require(), 2028)).extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("requests.stats.year.range");
		SignedIn.signOut();
		assertThat(statistics.defaultYear()).as("after 31 January: this year").isEqualTo(2026);
		clock.set(Instant.parse("2027-01-20T02:00:00Z"));
		assertThat(statistics.defaultYear()).as("until the report is due: last year").isEqualTo(2026);
		assertThat(statistics.latestYear()).isEqualTo(2028);
		clock.set(Instant.parse("2027-02-01T02:00:00Z"));
		assertThat(statistics.defaultYear()).isEqualTo(2027);
		clock.set(TestClockConfig.START);
		mvc.perform(get("/admin/requests/statistics").param("year", "2025").with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "2025")
			.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/requests/statistics.csv").param("year", "2025")
			.with(httpBasic("handler", TestAccounts.DEMO_PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aBadYearIsAFieldErrorOnThePageAndProblemDetailsInTheApi() throws Exception {
		mvc.perform(get("/admin/requests/statistics").param("year", "二〇二五").with(Sessions.demo(mvc, "office")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"year-error\"")))
			.andExpect(content().string(containsString("请输入四位数字的年度")))
			.andExpect(content().string(containsString("value=\"二〇二五\"")));
		mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "abc")
			.with(httpBasic("office", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "2007")
			.with(httpBasic("office", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.detail").value(containsString("2008")));
	}

	@Test
	void thePageShowsBothTablesTheChecksAndTheFiguresInChineseAndEnglish() throws Exception {
		var office = Sessions.demo(mvc, "office");
		TableB b = after.get(2025).tableB();
		mvc.perform(get("/admin/requests/statistics").param("year", "2025").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("三、收到和处理政府信息公开申请情况")))
			.andExpect(content().string(containsString("（三）不予公开")))
			.andExpect(content().string(containsString("4.保护第三方合法权益")))
			.andExpect(content().string(containsString("四、政府信息公开行政复议、行政诉讼情况")))
			.andExpect(content().string(containsString("勾稽关系检查全部通过")))
			.andExpect(content().string(containsString("rowspan=\"22\"")))
			.andExpect(content().string(containsString(
					"<td class=\"number total\">" + b.received().total() + "</td>")))
			.andExpect(content().string(containsString("/admin/requests/statistics.xlsx?year=2025")))
			.andExpect(content().string(containsString("href=\"/admin/requests/statistics\"")));
		mvc.perform(get("/admin/requests/statistics").param("year", "2025").param("lang", "en").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Applications received and handled")))
			.andExpect(content().string(containsString("All consistency checks passed.")));
	}

	@Test
	void theApiAnswersTheSameNumbersAsJson() throws Exception {
		AnnualStatistics stats = after.get(2025);
		mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "2025")
			.with(httpBasic("office", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.consistent").value(true))
			.andExpect(jsonPath("$.tableB.received.byApplicant.NATURAL_PERSON")
				.value(stats.tableB().received().get(ApplicantKind.NATURAL_PERSON)))
			.andExpect(jsonPath("$.tableB.results.WITHHELD_THIRD_PARTY.total")
				.value(stats.tableB().result(ReportRow.WITHHELD_THIRD_PARTY).total()))
			.andExpect(jsonPath("$.tableC.reconsideration.upheld").value(stats.tableC().reconsideration().upheld()))
			.andExpect(jsonPath("$.checks.length()").value(42))
			.andExpect(jsonPath("$.performance.replied").value(stats.performance().replied()));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/admin/requests/statistics.csv")))
			.andExpect(content().string(containsString("/api/v1/admin/requests/statistics.xlsx")));
	}

	@Test
	void theCsvStartsWithAByteOrderMarkAndHoldsTheTables() throws Exception {
		byte[] body = mvc
			.perform(get("/api/v1/admin/requests/statistics.csv").param("year", "2025")
				.with(httpBasic("office", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''2025")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(
				new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8),
				CSVFormat.EXCEL)) {
			records = parser.getRecords();
		}
		TableB b = after.get(2025).tableB();
		assertThat(numbersAfter(records, "一、本年新收政府信息公开申请数量")).isEqualTo(all(b.received()));
		assertThat(numbersAfter(records, "（三）不予公开 4.保护第三方合法权益"))
			.isEqualTo(all(b.result(ReportRow.WITHHELD_THIRD_PARTY)));
		assertThat(numbersAfter(records, "四、结转下年度继续办理")).isEqualTo(all(b.carriedForward()));
		int c = indexOf(records, "四、政府信息公开行政复议、行政诉讼情况");
		assertThat(records.get(c + 1).get(0)).isEqualTo("行政复议");
		assertThat(records.get(c + 2).get(0)).isEqualTo("结果维持");
		assertThat(records.get(c + 3).stream().map(Integer::valueOf).toList())
			.isEqualTo(after.get(2025).tableC().numbers());
	}

	@Test
	void theWorkbookHasOneSheetPerTableWithBoldChineseHeaders() throws Exception {
		byte[] body = mvc
			.perform(get("/admin/requests/statistics.xlsx").param("year", "2025").with(Sessions.demo(mvc, "office")))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		TableB b = after.get(2025).tableB();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			Sheet tableB = workbook.getSheet("收到和处理申请情况");
			Row header = tableB.getRow(1);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("自然人");
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("总计");
			assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			Row received = tableB.getRow(2);
			assertThat(received.getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(rowNumbers(received, 7)).isEqualTo(all(b.received()));
			Row concluded = tableB.getRow(2 + 2 + ReportRow.values().length);
			assertThat(concluded.getCell(0).getStringCellValue()).isEqualTo("（七）总计");
			assertThat(rowNumbers(concluded, 7)).isEqualTo(all(b.concluded()));
			Sheet tableC = workbook.getSheet("行政复议和行政诉讼");
			assertThat(tableC.getMergedRegions()).hasSize(3);
			assertThat(rowNumbers(tableC.getRow(3), 15))
				.isEqualTo(after.get(2025).tableC().numbers());
			assertThat(workbook.getSheet("勾稽关系检查").getLastRowNum()).isEqualTo(1 + 42);
		}
	}

	// Helpers

	private static int[] line(int... six) {
		int[] line = new int[7];
		System.arraycopy(six, 0, line, 0, 6);
		line[TOTAL] = Arrays.stream(six).sum();
		return line;
	}

	/** Every line of the table, zero where {@code nonZero} has none. */
	private static Map<String, List<Integer>> complete(Map<String, int[]> nonZero) {
		Map<String, List<Integer>> all = new LinkedHashMap<>();
		for (String name : lineNames()) {
			int[] line = nonZero.getOrDefault(name, new int[7]);
			all.put(name, Arrays.stream(line).boxed().toList());
		}
		return all;
	}

	private Map<String, List<Integer>> difference(int year) {
		Map<String, List<Integer>> was = lines(before.get(year).tableB());
		Map<String, List<Integer>> is = lines(after.get(year).tableB());
		Map<String, List<Integer>> diff = new LinkedHashMap<>();
		is.forEach((name, numbers) -> {
			List<Integer> d = new ArrayList<>();
			for (int i = 0; i < numbers.size(); i++) {
				d.add(numbers.get(i) - was.get(name).get(i));
			}
			diff.put(name, d);
		});
		return diff;
	}

	private List<Integer> differenceC(int year) {
		List<Integer> was = before.get(year).tableC().numbers();
		List<Integer> is = after.get(year).tableC().numbers();
		List<Integer> diff = new ArrayList<>();
		for (int i = 0; i < is.size(); i++) {
			diff.add(is.get(i) - was.get(i));
		}
		return diff;
	}

	private static List<String> lineNames() {
		List<String> names = new ArrayList<>(List.of("RECEIVED", "CARRIED_OVER"));
		for (ReportRow row : ReportRow.values()) {
			names.add(row.name());
		}
		names.addAll(List.of("CONCLUDED", "CARRIED_FORWARD"));
		return names;
	}

	private static Map<String, List<Integer>> lines(TableB b) {
		Map<String, List<Integer>> lines = new LinkedHashMap<>();
		lines.put("RECEIVED", all(b.received()));
		lines.put("CARRIED_OVER", all(b.carriedOver()));
		b.results().forEach((row, counts) -> lines.put(row.name(), all(counts)));
		lines.put("CONCLUDED", all(b.concluded()));
		lines.put("CARRIED_FORWARD", all(b.carriedForward()));
		return lines;
	}

	private static List<Integer> all(TableB.Counts counts) {
		List<Integer> numbers = new ArrayList<>(counts.columns());
		numbers.add(counts.total());
		return numbers;
	}

	private static int open(Performance performance, String unit) {
		return performance.openByUnit()
			.stream()
			.filter(u -> u.unitName().equals(unit))
			.mapToInt(Performance.UnitLoad::open)
			.sum();
	}

	private static int indexOf(List<CSVRecord> records, String first) {
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).size() > 0 && records.get(i).get(0).equals(first)) {
				return i;
			}
		}
		throw new AssertionError("no line " + first);
	}

	private static List<Integer> numbersAfter(List<CSVRecord> records, String label) {
		CSVRecord record = records.get(indexOf(records, label));
		List<Integer> numbers = new ArrayList<>();
		for (int i = 1; i < record.size(); i++) {
			numbers.add(Integer.valueOf(record.get(i)));
		}
		return numbers;
	}

	private static List<Integer> rowNumbers(Row row, int count) {
		int first = row.getCell(0).getCellType() == CellType.STRING ? 1 : 0;
		List<Integer> numbers = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			numbers.add((int) row.getCell(i).getNumericCellValue());
		}
		return numbers;
	}

}
