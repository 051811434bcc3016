package org.gongkai.publicity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.publicity.FieldProblem;
import org.gongkai.publicity.PenaltyCategory;
import org.gongkai.publicity.PublicityDraft;
import org.gongkai.publicity.PublicityKind;

/**
 * The console form of a record: text as typed, so that a malformed date comes back to its field with the rest kept.
 * Bound by the form, never an entity.
 */
public class PublicityForm {

	private String kind;

	private String decisionNumber;

	private String title;

	private String licenceCategory;

	private String penaltyCategory;

	private String content;

	private String facts;

	private String basis;

	private String result;

	private String partyName;

	private String naturalPerson;

	private String partyCode;

	private String authority;

	private String decidedOn;

	private String validFrom;

	private String validUntil;

	private String powerCode;

	private String reason;

	static PublicityForm empty(PublicityKind kind, String authority) {
		PublicityForm form = new PublicityForm();
		form.kind = kind.name();
		form.authority = authority;
		form.naturalPerson = "false";
		return form;
	}

	static PublicityForm of(PublicityDraft d) {
		PublicityForm form = new PublicityForm();
		form.kind = d.kind().name();
		form.decisionNumber = d.decisionNumber();
		form.title = d.title();
		form.licenceCategory = d.licenceCategory();
		form.penaltyCategory = d.penaltyCategory() == null ? null : d.penaltyCategory().name();
		form.content = d.content();
		form.facts = d.facts();
		form.basis = d.basis();
		form.result = d.result();
		form.partyName = d.partyName();
		form.naturalPerson = String.valueOf(Boolean.TRUE.equals(d.naturalPerson()));
		form.partyCode = d.partyCode();
		form.authority = d.authority();
		form.decidedOn = text(d.decidedOn());
		form.validFrom = text(d.validFrom());
		form.validUntil = text(d.validUntil());
		form.powerCode = d.powerCode();
		return form;
	}

	PublicityKind kindValue() {
		return "PENALTY".equals(kind) ? PublicityKind.PENALTY : PublicityKind.LICENSING;
	}

	/** The draft, or the malformed dates and choices as problems. */
	PublicityDraft draft(List<FieldProblem> problems) {
		PenaltyCategory category = null;
		if (penaltyCategory != null && !penaltyCategory.isBlank()) {
			try {
				category = PenaltyCategory.valueOf(penaltyCategory);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("penaltyCategory", "publicity.import.category", penaltyCategory));
			}
		}
		Boolean person = naturalPerson == null || naturalPerson.isBlank() ? null : Boolean.valueOf(naturalPerson);
		return new PublicityDraft(kindValue(), decisionNumber, title, licenceCategory, category, content, facts, basis,
				result, partyName, person, partyCode, authority, day("decidedOn", decidedOn, problems),
				day("validFrom", validFrom, problems), day("validUntil", validUntil, problems), powerCode);
	}

	private static LocalDate day(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "publicity.import.date", text));
			return null;
		}
	}

	private static String text(LocalDate day) {
		return day == null ? null : day.toString();
	}


	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLicenceCategory() {
		return licenceCategory;
	}

	public void setLicenceCategory(String licenceCategory) {
		this.licenceCategory = licenceCategory;
	}

	public String getPenaltyCategory() {
		return penaltyCategory;
	}

	public void setPenaltyCategory(String penaltyCategory) {
		this.penaltyCategory = penaltyCategory;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getFacts() {
		return facts;
	}

	public void setFacts(String facts) {
		this.facts = facts;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getPartyName() {
		return partyName;
	}

	public void setPartyName(String partyName) {
		this.partyName = partyName;
	}

	public String getNaturalPerson() {
		return naturalPerson;
	}

	public void setNaturalPerson(String naturalPerson) {
		this.naturalPerson = naturalPerson;
	}

	public String getPartyCode() {
		return partyCode;
	}

	public void setPartyCode(String partyCode) {
		this.partyCode = partyCode;
	}

	public String getAuthority() {
		return authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public String getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(String decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(String validFrom) {
		this.validFrom = validFrom;
	}

	public String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

	public String getPowerCode() {
		return powerCode;
	}

	public void setPowerCode(String powerCode) {
		this.powerCode = powerCode;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
