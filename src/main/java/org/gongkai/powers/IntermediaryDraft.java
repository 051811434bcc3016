package org.gongkai.powers;

import java.util.ArrayList;
import java.util.List;

/** An intermediary service as staff give it: name and basis required, time limit and provider requirements not. */
public record IntermediaryDraft(String name, String basis, String timeLimit, String providerRequirements) {

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "name", name, 300);
		required(problems, "basis", basis, 1000);
		if (timeLimit != null && timeLimit.strip().length() > 300) {
			problems.add(new FieldProblem("timeLimit", "powers.field.tooLong", 300));
		}
		if (providerRequirements != null && providerRequirements.strip().length() > 2000) {
			problems.add(new FieldProblem("providerRequirements", "powers.field.tooLong", 2000));
		}
		return problems;
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "powers.field.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "powers.field.tooLong", max));
		}
	}

}
