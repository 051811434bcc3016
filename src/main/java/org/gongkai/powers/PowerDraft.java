package org.gongkai.powers;

import java.util.List;

/**
 * The columns of an item as staff (or an import row) give them; checked by {@link PowerRules#check} before any
 * change. Lists and the 审核转报 flag may be left out (empty, no).
 */
public record PowerDraft(String name, PowerType type, List<String> subItems, List<LegalBasis> basis,
		String implementingBody, Long handlingUnitId, Boolean reviewForward, String finalApprovingBody,
		List<Responsibility> responsibilities, String accountability, String supervisionMethod,
		String supervisionPhone, String fees, String timeLimit) {

	public PowerDraft {
		reviewForward = Boolean.TRUE.equals(reviewForward);
		subItems = subItems == null ? List.of() : List.copyOf(subItems);
		basis = basis == null ? List.of() : List.copyOf(basis);
		responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
	}

	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
