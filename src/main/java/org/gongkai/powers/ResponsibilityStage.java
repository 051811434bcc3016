package org.gongkai.powers;

import java.util.List;

/**
 * The stages responsibilities are listed by: licensing 受理 → 审查 → 决定 → 送达 → 事后监管, penalty 立案 → 调查取证 →
 * 审理 → 告知 → 决定 → 送达 → 执行. Powers exercised on the department's initiative against a party (penalty,
 * coercion) follow the penalty stages; every other type the licensing stages.
 */
public enum ResponsibilityStage {

	/** 受理 */
	ACCEPTANCE,
	/** 审查 */
	REVIEW,
	/** 立案 */
	FILING,
	/** 调查取证 */
	INVESTIGATION,
	/** 审理 */
	HEARING,
	/** 告知 */
	NOTICE,
	/** 决定 */
	DECISION,
	/** 送达 */
	DELIVERY,
	/** 事后监管 */
	SUPERVISION,
	/** 执行 */
	ENFORCEMENT;

	private static final List<ResponsibilityStage> LICENSING = List.of(ACCEPTANCE, REVIEW, DECISION, DELIVERY,
			SUPERVISION);

	private static final List<ResponsibilityStage> PENALTY = List.of(FILING, INVESTIGATION, HEARING, NOTICE,
			DECISION, DELIVERY, ENFORCEMENT);

	/** The stages of a type, in order. */
	public static List<ResponsibilityStage> of(PowerType type) {
		return type == PowerType.PENALTY || type == PowerType.COERCION ? PENALTY : LICENSING;
	}

	public String messageKey() {
		return "powers.stage." + name();
	}

}
