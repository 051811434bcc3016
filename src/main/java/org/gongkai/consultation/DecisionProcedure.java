package org.gongkai.consultation;

/**
 * The five statutory procedures of a major administrative decision (重大行政决策的法定程序), in the order the
 * disclosure plan and the 重大行政决策程序暂行条例 name them. Legality review and collective decision can never be
 * waived (未经合法性审查的，不得提交讨论; 应当经集体讨论决定); the other three may be recorded as not applicable, with a
 * reason the public reads (a decision whose content may not be disclosed is not put to public participation, a
 * decision without technical questions needs no expert review, one without risk to social stability no risk
 * assessment).
 */
public enum DecisionProcedure {

	/** 公众参与. */
	PUBLIC_PARTICIPATION(true),
	/** 专家论证. */
	EXPERT_REVIEW(true),
	/** 风险评估. */
	RISK_ASSESSMENT(true),
	/** 合法性审查. */
	LEGALITY_REVIEW(false),
	/** 集体讨论决定. */
	COLLECTIVE_DECISION(false);

	private final boolean waivable;

	DecisionProcedure(boolean waivable) {
		this.waivable = waivable;
	}

	/** Whether the procedure may be recorded as not applicable (with a reason). */
	public boolean waivable() {
		return waivable;
	}

	public String messageKey() {
		return "decision.procedure." + name();
	}

	/** The lower-case path segment, as in {@code /admin/decisions/7/procedures/legality-review}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static DecisionProcedure ofSlug(String slug) {
		for (DecisionProcedure procedure : values()) {
			if (procedure.slug().equals(slug) || procedure.name().equals(slug)) {
				return procedure;
			}
		}
		throw org.gongkai.common.RuleViolation.notFound("decision.procedure.unknown", slug);
	}

}
