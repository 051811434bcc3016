package org.gongkai.requests;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table B of the annual report (收到和处理政府信息公开申请情况, format of 国办公开办函〔2021〕30号): one line per row of
 * the official form, each counted by applicant kind (the columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他) with the 总计 column. How each row is counted is written on {@link RequestStatistics}.
 *
 * @param received 一、本年新收政府信息公开申请数量
 * @param carriedOver 二、上年结转政府信息公开申请数量
 * @param results 三、本年度办理结果, every {@link ReportRow} in the form's order, zeros included. The official form has
 * no subtotal of a group such as (三)不予公开, so neither has this table.
 * @param concluded （七）总计
 * @param carriedForward 四、结转下年度继续办理
 */
public record TableB(int year, Counts received, Counts carriedOver, Map<ReportRow, Counts> results, Counts concluded,
		Counts carriedForward) {

	public TableB {
		EnumMap<ReportRow, Counts> all = new EnumMap<>(ReportRow.class);
		for (ReportRow row : ReportRow.values()) {
			all.put(row, results.getOrDefault(row, Counts.ZERO));
		}
		results = Collections.unmodifiableMap(all);
	}

	/** The result line of {@code row}. */
	public Counts result(ReportRow row) {
		return results.get(row);
	}

	/**
	 * One line of the table: the six applicant columns in {@link ApplicantKind} order and the 总计 column, kept as
	 * counted (a hand-built line may disagree with its columns; {@link StatisticsCheck} says so).
	 */
	public record Counts(Map<ApplicantKind, Integer> byApplicant, int total) {

		public static final Counts ZERO = of(0, 0, 0, 0, 0, 0);

		public Counts {
			EnumMap<ApplicantKind, Integer> all = new EnumMap<>(ApplicantKind.class);
			for (ApplicantKind kind : ApplicantKind.values()) {
				all.put(kind, byApplicant.getOrDefault(kind, 0));
			}
			byApplicant = Collections.unmodifiableMap(all);
		}

		/** A line from the six applicant columns in {@link ApplicantKind} order; 总计 is their sum. */
		public static Counts of(int... columns) {
			if (columns.length != ApplicantKind.values().length) {
				throw new IllegalArgumentException("one number per applicant kind: " + Arrays.toString(columns));
			}
			EnumMap<ApplicantKind, Integer> map = new EnumMap<>(ApplicantKind.class);
			for (ApplicantKind kind : ApplicantKind.values()) {
				map.put(kind, columns[kind.ordinal()]);
			}
			return new Counts(map, Arrays.stream(columns).sum());
		}

		public int get(ApplicantKind kind) {
			return byApplicant.get(kind);
		}

		/** The six applicant columns in order. */
		public List<Integer> columns() {
			return List.copyOf(byApplicant.values());
		}

		/** The sum of the six applicant columns (what 总计 should be). */
		public int sumOfApplicants() {
			return byApplicant.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
