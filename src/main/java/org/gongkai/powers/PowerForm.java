package org.gongkai.powers;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console's item form, in the text of the import file ({@link PowerCells}): sub-items, legal basis
 * ({@code 《law》article [index number]}) and responsibilities ({@code stage：duty}) one a line; for a new item also
 * the code (blank: the rule's next) and its first status.
 */
public record PowerForm(String code, String name, PowerType type, String subItems, String basis,
		String implementingBody, Long handlingUnitId, boolean reviewForward, String finalApprovingBody,
		String responsibilities, String accountability, String supervisionMethod, String supervisionPhone,
		String fees, String timeLimit, PowerStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn, String reason,
		String decidingDocument) {

	public static PowerForm empty(Long unitId, LocalDate today) {
		return new PowerForm("", "", null, "", "", "", unitId, false, "", "", "", "", "", "", "",
				PowerStatus.RETAINED, today, "", "");
	}

	public StatusChange firstStatus() {
		return new StatusChange(status, effectiveOn, reason, decidingDocument);
	}

}
