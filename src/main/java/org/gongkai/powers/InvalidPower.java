package org.gongkai.powers;

import java.util.List;

import org.gongkai.common.RuleViolation;
import org.springframework.http.HttpStatus;

/** An incomplete item (422): every field it gets wrong, the first one as the violation's own field. */
public class InvalidPower extends RuleViolation {

	private final transient List<FieldProblem> problems;

	InvalidPower(List<FieldProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problems.get(0).messageKey(), problems.get(0).field(),
				problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
