package org.gongkai.catalogue.imports;

import java.util.List;

/** The outcome of checking a file: the rows ready to import, or every problem found (then nothing is imported). */
public record CheckReport(List<PlannedRow> rows, List<ImportProblem> problems) {

	/** The most problems a page lists; the count says how many more there are. */
	public static final int SHOWN = 500;

	public boolean ok() {
		return problems.isEmpty();
	}

	public long newRows() {
		return rows.stream().filter(r -> !r.present()).count();
	}

	public long presentRows() {
		return rows.stream().filter(PlannedRow::present).count();
	}

	public List<ImportProblem> shownProblems() {
		return problems.subList(0, Math.min(SHOWN, problems.size()));
	}

	public int hiddenProblems() {
		return Math.max(0, problems.size() - SHOWN);
	}

}
