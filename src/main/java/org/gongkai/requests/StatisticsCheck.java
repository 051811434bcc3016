package org.gongkai.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One consistency check of the annual report (勾稽关系, DOMAIN.md §3) on one column, line or group, with the two
 * numbers it compares.
 *
 * @param subject what was checked: an {@link ApplicantKind} name or {@code TOTAL} (a column), a line of Table B
 * ({@code RECEIVED}, {@code CARRIED_OVER}, a {@link ReportRow} name, {@code CONCLUDED}, {@code CARRIED_FORWARD}) or
 * an {@link AppealKind} name (a group of Table C)
 * @param subjectKey the message key of the subject's label
 * @param left the side the form states ({@code 一 + 二}, （七）总计, the 总计 column, a group's 总计)
 * @param right the side it must equal ({@code （七）总计 + 四}, the sum of the result rows, of the six applicant
 * columns, of a group's four)
 */
public record StatisticsCheck(Rule rule, String subject, String subjectKey, int left, int right, boolean passed) {

	static final String TOTAL_KEY = "requests.stats.column.total";

	public static StatisticsCheck compare(Rule rule, String subject, String subjectKey, int left, int right) {
		return new StatisticsCheck(rule, subject, subjectKey, left, right, left == right);
	}

	/** Every check of both tables, in the order the report lists them. */
	public static List<StatisticsCheck> of(TableB b, TableC c) {
		List<StatisticsCheck> checks = new ArrayList<>();
		for (ApplicantKind kind : ApplicantKind.values()) {
			checks.add(balance(b, kind.name(), kind.messageKey(), kind));
		}
		checks.add(balance(b, "TOTAL", TOTAL_KEY, null));
		for (ApplicantKind kind : ApplicantKind.values()) {
			checks.add(resultsAddUp(b, kind.name(), kind.messageKey(), kind));
		}
		checks.add(resultsAddUp(b, "TOTAL", TOTAL_KEY, null));
		lines(b).forEach((subject, counts) -> checks.add(compare(Rule.B_TOTAL_COLUMN, subject,
				lineKey(subject), counts.total(), counts.sumOfApplicants())));
		for (AppealKind kind : AppealKind.values()) {
			TableC.Group group = c.group(kind);
			checks.add(compare(Rule.C_TOTAL, kind.name(), kind.messageKey(), group.total(), group.sumOfFour()));
		}
		return List.copyOf(checks);
	}

	private static StatisticsCheck balance(TableB b, String subject, String key, ApplicantKind kind) {
		return compare(Rule.B_BALANCE, subject, key, cell(b.received(), kind) + cell(b.carriedOver(), kind),
				cell(b.concluded(), kind) + cell(b.carriedForward(), kind));
	}

	private static StatisticsCheck resultsAddUp(TableB b, String subject, String key, ApplicantKind kind) {
		int sum = b.results().values().stream().mapToInt(counts -> cell(counts, kind)).sum();
		return compare(Rule.B_TOTAL_OF_RESULTS, subject, key, cell(b.concluded(), kind), sum);
	}

	private static int cell(TableB.Counts counts, ApplicantKind kind) {
		return kind == null ? counts.total() : counts.get(kind);
	}

	/** Table B's lines in the form's order, by subject name. */
	private static Map<String, TableB.Counts> lines(TableB b) {
		Map<String, TableB.Counts> lines = new LinkedHashMap<>();
		lines.put("RECEIVED", b.received());
		lines.put("CARRIED_OVER", b.carriedOver());
		b.results().forEach((row, counts) -> lines.put(row.name(), counts));
		lines.put("CONCLUDED", b.concluded());
		lines.put("CARRIED_FORWARD", b.carriedForward());
		return lines;
	}

	private static String lineKey(String subject) {
		return switch (subject) {
			case "RECEIVED" -> "requests.stats.line.received";
			case "CARRIED_OVER" -> "requests.stats.line.carriedOver";
			case "CONCLUDED" -> "requests.stats.line.concluded";
			case "CARRIED_FORWARD" -> "requests.stats.line.carriedForward";
			default -> ReportRow.valueOf(subject).messageKey();
		};
	}

	/** The checks of DOMAIN.md §3. */
	public enum Rule {

		/** 一 + 二 = （七）总计 + 四, in every column (the form's own note: 第一项加第二项之和，等于第三项加第四项之和). */
		B_BALANCE,
		/** （七）总计 = the sum of all result rows, in every column. */
		B_TOTAL_OF_RESULTS,
		/** The 总计 column = the sum of the six applicant columns, on every line. */
		B_TOTAL_COLUMN,
		/** Each group's 总计 in Table C = the sum of its four. */
		C_TOTAL;

		public String messageKey() {
			return "requests.stats.check." + name();
		}

	}

}
