package org.gongkai.publicity;

import java.util.List;

import org.gongkai.common.RuleViolation;
import org.springframework.http.HttpStatus;

/** A record with wrong or missing fields: 422 naming every one of them; nothing was saved. */
public class InvalidRecord extends RuleViolation {

	private final transient List<FieldProblem> problems;

	InvalidRecord(List<FieldProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problems.get(0).messageKey(), problems.get(0).field(),
				problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
