package org.gongkai.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.gongkai.powers.PowerItemRef;

/**
 * What a record needs before it may be saved: the fields of DOMAIN §8 for its kind, a party code of the right shape
 * (an organisation's 18-character unified social credit code, GB 32100; a natural person's ID number or other
 * document number), a decision not dated in the future, a validity that does not end before it starts, and a power
 * item, where one is named, that exists and has the record's type. Every problem is listed, not just the first.
 */
final class PublicityRules {

	/** GB 32100-2015: registration authority, kind, 6-digit region, 9-character organisation code, check character. */
	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NP-RTUWXY]{2}\\d{6}[0-9A-HJ-NP-RTUWXY]{10}");

	private static final Pattern PERSON_CODE = Pattern.compile("[0-9A-Za-z]{6,40}");

	private PublicityRules() {
	}

	static List<FieldProblem> check(PublicityDraft d, LocalDate today,
			Function<String, Optional<PowerItemRef>> powers) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.kind() == null) {
			problems.add(new FieldProblem("kind", "publicity.field.required"));
			return problems;
		}
		required(problems, "decisionNumber", d.decisionNumber(), 100);
		required(problems, "title", d.title(), 300);
		required(problems, "partyName", d.partyName(), 200);
		required(problems, "authority", d.authority(), 200);
		party(problems, d);
		if (d.decidedOn() == null) {
			problems.add(new FieldProblem("decidedOn", "publicity.field.required"));
		}
		else if (d.decidedOn().isAfter(today)) {
			problems.add(new FieldProblem("decidedOn", "publicity.decidedOn.future"));
		}
		if (d.kind() == PublicityKind.LICENSING) {
			licence(problems, d);
		}
		else {
			penalty(problems, d);
		}
		power(problems, d, powers);
		return problems;
	}

	private static void licence(List<FieldProblem> problems, PublicityDraft d) {
		required(problems, "licenceCategory", d.licenceCategory(), 60);
		required(problems, "content", d.content(), 4000);
		if (d.validFrom() != null && d.validUntil() != null && d.validUntil().isBefore(d.validFrom())) {
			problems.add(new FieldProblem("validUntil", "publicity.validUntil.beforeFrom"));
		}
	}

	private static void penalty(List<FieldProblem> problems, PublicityDraft d) {
		if (d.penaltyCategory() == null) {
			problems.add(new FieldProblem("penaltyCategory", "publicity.field.required"));
		}
		required(problems, "facts", d.facts(), 4000);
		required(problems, "basis", d.basis(), 2000);
		required(problems, "result", d.result(), 2000);
	}

	private static void party(List<FieldProblem> problems, PublicityDraft d) {
		if (d.naturalPerson() == null) {
			problems.add(new FieldProblem("naturalPerson", "publicity.field.required"));
		}
		String code = d.partyCode() == null ? "" : d.partyCode().strip();
		if (code.isEmpty()) {
			problems.add(new FieldProblem("partyCode", "publicity.field.required"));
		}
		else if (Boolean.FALSE.equals(d.naturalPerson()) && !CREDIT_CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("partyCode", "publicity.partyCode.creditCode"));
		}
		else if (Boolean.TRUE.equals(d.naturalPerson()) && !PERSON_CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("partyCode", "publicity.partyCode.person"));
		}
	}

	private static void power(List<FieldProblem> problems, PublicityDraft d,
			Function<String, Optional<PowerItemRef>> powers) {
		if (d.powerCode() == null || d.powerCode().isBlank()) {
			return;
		}
		Optional<PowerItemRef> item = powers.apply(d.powerCode().strip());
		if (item.isEmpty()) {
			problems.add(new FieldProblem("powerCode", "publicity.powerCode.unknown", d.powerCode().strip()));
		}
		else if (item.get().type() != d.kind().powerType()) {
			problems.add(new FieldProblem("powerCode", "publicity.powerCode.wrongType", d.powerCode().strip()));
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "publicity.field.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "publicity.field.tooLong", max));
		}
	}

}
