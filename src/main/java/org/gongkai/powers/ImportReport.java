package org.gongkai.powers;

import java.util.List;

/**
 * What an import did or would do: the rows read, the items it creates and updates, the status changes it records,
 * and every bad row. {@code applied} is true only when the rows were written, which happens only without problems.
 */
public record ImportReport(int rows, int created, int updated, int statusChanges, List<ImportProblem> problems,
		boolean applied) {

	public boolean ok() {
		return problems.isEmpty();
	}

}
