package org.gongkai.calendar;

import java.util.List;

/** An import with at least one bad row: nothing was imported. Lists every problem found, not only the first. */
class ImportRejected extends RuntimeException {

	private final transient List<RowProblem> problems;

	ImportRejected(List<RowProblem> problems) {
		super(problems.size() + " bad rows");
		this.problems = List.copyOf(problems);
	}

	List<RowProblem> problems() {
		return problems;
	}

}
