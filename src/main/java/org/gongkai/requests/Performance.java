package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How well the office keeps the statutory clock (办理时效): for the replies of a year, the share given on time and
 * the median working days taken; for today, the open applications per unit and the overdue ones.
 *
 * @param replied applications replied in the year
 * @param repliedOnTime of those, replied on or before their due date (extension and stops taken into account)
 * @param onTimeRate {@code repliedOnTime / replied}, from 0 to 1; {@code null} without replies
 * @param medianWorkingDays the median of the working days counted from receipt (or the corrected application's
 * arrival) to the reply, stops not counted; {@code null} without replies
 * @param asOf today, the day the open and overdue figures are for
 * @param openNow applications open today (not replied, not closed)
 * @param overdueNow of those, past their due date with the clock running
 * @param unassignedNow open applications assigned to no unit yet
 * @param openByUnit units with open applications, in the units' order; an application assigned to two units counts
 * in both
 */
public record Performance(int year, int replied, int repliedOnTime, Double onTimeRate, Double medianWorkingDays,
		LocalDate asOf, int openNow, int overdueNow, int unassignedNow, List<UnitLoad> openByUnit) {

	public Performance {
		openByUnit = List.copyOf(openByUnit);
	}

	/** The median of {@code values}: the middle one, or the mean of the middle two; {@code null} when empty. */
	public static Double median(List<Integer> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return sorted.get(middle).doubleValue();
		}
		return (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	/**
	 * The median of values given as a histogram (value → how many times, in ascending order of value); {@code null}
	 * when empty. Same as {@link #median(List)} on the values spelled out.
	 */
	static Double median(SortedMap<Integer, Integer> counts) {
		int size = counts.values().stream().mapToInt(Integer::intValue).sum();
		if (size == 0) {
			return null;
		}
		Integer lower = nth(counts, (size - 1) / 2);
		Integer upper = nth(counts, size / 2);
		return (lower + upper) / 2.0;
	}

	/** The {@code index}-th value (from 0) of the histogram spelled out in order. */
	private static Integer nth(SortedMap<Integer, Integer> counts, int index) {
		int seen = 0;
		for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
			seen += entry.getValue();
			if (index < seen) {
				return entry.getKey();
			}
		}
		throw new IllegalArgumentException("index " + index + " beyond " + seen);
	}

	/** One unit's open applications today and how many of them are overdue. */
	public record UnitLoad(long unitId, String unitName, int open, int overdue) {

	}

}
