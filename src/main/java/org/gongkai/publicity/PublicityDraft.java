package org.gongkai.publicity;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fields of a decision as staff enter it (a form, the API, a row of an import), not yet checked. Licensing uses
 * {@code licenceCategory} (审批类别), {@code content} (许可内容) and the validity; penalties use
 * {@code penaltyCategory} (处罚类别), {@code facts} (事由), {@code basis} (依据) and {@code result} (处罚结果).
 *
 * @param title 项目名称 of a licence, 处罚名称 of a penalty
 * @param partyName 行政相对人, in full
 * @param naturalPerson whether the party is a natural person (masked in public)
 * @param partyCode the unified social credit code, or the ID number of a natural person
 * @param authority 许可机关 or 处罚机关
 * @param powerCode the power item's code in the power list, or blank
 */
@Schema(name = "PublicityDraft")
public record PublicityDraft(PublicityKind kind, String decisionNumber, String title, String licenceCategory,
		PenaltyCategory penaltyCategory, String content, String facts, String basis, String result, String partyName,
		Boolean naturalPerson, String partyCode, String authority, LocalDate decidedOn, LocalDate validFrom,
		LocalDate validUntil, String powerCode) {

	/** A licensing decision. */
	public static PublicityDraft licence(String decisionNumber, String title, String category, String content,
			String partyName, boolean naturalPerson, String partyCode, String authority, LocalDate decidedOn,
			LocalDate validFrom, LocalDate validUntil, String powerCode) {
		return new PublicityDraft(PublicityKind.LICENSING, decisionNumber, title, category, null, content, null, null,
				null, partyName, naturalPerson, partyCode, authority, decidedOn, validFrom, validUntil, powerCode);
	}

	/** A penalty decision. */
	public static PublicityDraft penalty(String decisionNumber, String title, PenaltyCategory category, String facts,
			String basis, String result, String partyName, boolean naturalPerson, String partyCode, String authority,
			LocalDate decidedOn, String powerCode) {
		return new PublicityDraft(PublicityKind.PENALTY, decisionNumber, title, null, category, null, facts, basis,
				result, partyName, naturalPerson, partyCode, authority, decidedOn, null, null, powerCode);
	}

	/** The same fields as another kind (a correction keeps the record's kind whatever the body says). */
	PublicityDraft as(PublicityKind other) {
		return new PublicityDraft(other, decisionNumber, title, licenceCategory, penaltyCategory, content, facts,
				basis, result, partyName, naturalPerson, partyCode, authority, decidedOn, validFrom, validUntil,
				powerCode);
	}

}
