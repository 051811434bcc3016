package org.gongkai.requests;

import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Table C of the annual report (政府信息公开行政复议、行政诉讼情况): one row of 15 numbers, five for each of 行政复议,
 * 行政诉讼 未经复议直接起诉 and 行政诉讼 复议后起诉. How they are counted is written on {@link RequestStatistics}.
 */
public record TableC(int year, Group reconsideration, Group litigation, Group litigationAfterReconsideration) {

	public Group group(AppealKind kind) {
		return switch (kind) {
			case RECONSIDERATION -> reconsideration;
			case LITIGATION -> litigation;
			case LITIGATION_AFTER_RECONSIDERATION -> litigationAfterReconsideration;
		};
	}

	/** The 15 numbers in the form's order. */
	public List<Integer> numbers() {
		return Stream.of(reconsideration, litigation, litigationAfterReconsideration)
			.flatMap(group -> group.numbers().stream())
			.toList();
	}

	/**
	 * One group's five columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (kept as counted; {@link StatisticsCheck}
	 * compares 总计 with the four).
	 */
	@Schema(name = "TableCGroup")
	public record Group(int upheld, int corrected, int other, int pending, int total) {

		/** A group whose 总计 is the sum of the four. */
		public static Group of(int upheld, int corrected, int other, int pending) {
			return new Group(upheld, corrected, other, pending, upheld + corrected + other + pending);
		}

		public int sumOfFour() {
			return upheld + corrected + other + pending;
		}

		public List<Integer> numbers() {
			return List.of(upheld, corrected, other, pending, total);
		}

	}

}
