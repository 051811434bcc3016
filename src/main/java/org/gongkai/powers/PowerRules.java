package org.gongkai.powers;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.common.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * What a complete item needs: a name, a type, at least one legal basis with its law named, the implementing body
 * and the handling unit; the final approving body when it is only reviewed and forwarded (审核转报); responsibilities
 * only at the stages of its type. Every problem is listed with its field, in the order of the form.
 */
final class PowerRules {

	private PowerRules() {
	}

	/** The draft's problems; empty when it may be saved. */
	static List<FieldProblem> problems(PowerDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "name", draft.name(), 300, true);
		if (draft.type() == null) {
			problems.add(new FieldProblem("type", "powers.type.required"));
		}
		if (draft.basis().isEmpty()) {
			problems.add(new FieldProblem("basis", "powers.basis.required"));
		}
		for (int i = 0; i < draft.basis().size(); i++) {
			LegalBasis basis = draft.basis().get(i);
			text(problems, "basis[" + i + "].lawName", basis.lawName(), 300, true);
			text(problems, "basis[" + i + "].article", basis.article(), 200, false);
		}
		for (int i = 0; i < draft.subItems().size(); i++) {
			text(problems, "subItems[" + i + "]", draft.subItems().get(i), 300, true);
		}
		text(problems, "implementingBody", draft.implementingBody(), 200, true);
		if (draft.handlingUnitId() == null) {
			problems.add(new FieldProblem("handlingUnitId", "powers.handlingUnit.required"));
		}
		if (draft.reviewForward()) {
			text(problems, "finalApprovingBody", draft.finalApprovingBody(), 200, true);
		}
		duties(problems, draft);
		text(problems, "accountability", draft.accountability(), 4000, false);
		text(problems, "supervisionMethod", draft.supervisionMethod(), 1000, false);
		text(problems, "supervisionPhone", draft.supervisionPhone(), 60, false);
		text(problems, "fees", draft.fees(), 1000, false);
		text(problems, "timeLimit", draft.timeLimit(), 300, false);
		return problems;
	}

	/** Throws {@link InvalidPower} (422, naming every field) unless the draft is complete. */
	static void check(PowerDraft draft) {
		List<FieldProblem> problems = problems(draft);
		if (!problems.isEmpty()) {
			throw new InvalidPower(problems);
		}
	}

	static RuleViolation unprocessable(String field, String key, Object... arguments) {
		return new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, arguments);
	}

	private static void duties(List<FieldProblem> problems, PowerDraft draft) {
		for (int i = 0; i < draft.responsibilities().size(); i++) {
			Responsibility duty = draft.responsibilities().get(i);
			if (duty.stage() == null) {
				problems.add(new FieldProblem("responsibilities[" + i + "].stage", "powers.stage.required"));
			}
			else if (draft.type() != null && !ResponsibilityStage.of(draft.type()).contains(duty.stage())) {
				problems.add(new FieldProblem("responsibilities[" + i + "].stage", "powers.stage.notOfType"));
			}
			text(problems, "responsibilities[" + i + "].duty", duty.duty(), 2000, true);
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "powers.field.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "powers.field.tooLong", max));
		}
	}

}
