package org.gongkai.approvals;

/**
 * An item's approval figures: cases decided, how many within the promised limit, and the average working days from
 * acceptance to decision (suspensions not counted); {@code averageWorkingDays} null when none was decided.
 */
public record ItemFigures(long decided, long onTime, Double averageWorkingDays) {

	/** Percentage decided on time, 0-100, or null when none was decided. */
	public Long onTimePercent() {
		return decided == 0 ? null : Math.round(onTime * 100.0 / decided);
	}

}
