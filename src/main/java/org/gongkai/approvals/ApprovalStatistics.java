package org.gongkai.approvals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures per power item (办件统计), shown on each service guide: one aggregate query over the working days stored
 * with each decision, never a count of cases in memory.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalStatistics {

	private final ApprovalCaseRepository cases;

	ApprovalStatistics(ApprovalCaseRepository cases) {
		this.cases = cases;
	}

	public ItemFigures forItem(String powerCode) {
		if (powerCode == null || powerCode.isBlank()) {
			return new ItemFigures(0, 0, null);
		}
		Object[] row = cases.figures(powerCode.strip());
		Object[] values = row.length == 1 && row[0] instanceof Object[] nested ? nested : row;
		long decided = ((Number) values[0]).longValue();
		long onTime = ((Number) values[1]).longValue();
		Double average = values[2] == null ? null : ((Number) values[2]).doubleValue();
		return new ItemFigures(decided, onTime, average);
	}

}
