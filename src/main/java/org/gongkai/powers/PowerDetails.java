package org.gongkai.powers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item's page: every column, its status on {@code asOf} ({@code null} before its first event) and its whole
 * history, with the intermediary services it needs.
 */
public record PowerDetails(String code, String name, PowerType type, PowerStatus status, LocalDate asOf,
		List<String> subItems, List<LegalBasis> basis, String implementingBody, long handlingUnitId,
		boolean reviewForward, String finalApprovingBody, List<Responsibility> responsibilities, String accountability,
		String supervisionMethod, String supervisionPhone, String fees, String timeLimit,
		List<StatusEventView> history, List<IntermediaryView> intermediaries, Instant updatedAt) {

	public PowerDetails withIntermediaries(List<IntermediaryView> services) {
		return new PowerDetails(code, name, type, status, asOf, subItems, basis, implementingBody, handlingUnitId,
				reviewForward, finalApprovingBody, responsibilities, accountability, supervisionMethod,
				supervisionPhone, fees, timeLimit, history, List.copyOf(services), updatedAt);
	}

	/** A sub-item's code: the item's code and its two-digit position. */
	public String subItemCode(int index) {
		return code + String.format("%02d", index + 1);
	}

}
