package org.gongkai.catalogue.imports;

import java.util.List;

/** A file that cannot be imported: every problem found, none left for later. Nothing was imported. */
class ImportRejected extends RuntimeException {

	private final transient List<ImportProblem> problems;

	ImportRejected(List<ImportProblem> problems) {
		super(problems.size() + " problems");
		this.problems = List.copyOf(problems);
	}

	static ImportRejected file(String messageKey, Object... args) {
		return new ImportRejected(List.of(ImportProblem.at(null, null, messageKey, args)));
	}

	List<ImportProblem> problems() {
		return problems;
	}

}
