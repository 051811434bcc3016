package org.gongkai.powers;

/**
 * The ten power types of the provincial lists (职权类型), in the order of the lists; the two-digit type code of
 * the item-code rule follows this order (01-10).
 */
public enum PowerType {

	/** 行政许可 */
	LICENSING(true),
	/** 行政处罚 */
	PENALTY(false),
	/** 行政强制 */
	COERCION(false),
	/** 行政征收 */
	LEVY(false),
	/** 行政给付 */
	BENEFIT(true),
	/** 行政检查 */
	INSPECTION(false),
	/** 行政确认 */
	CONFIRMATION(true),
	/** 行政奖励 */
	AWARD(true),
	/** 行政裁决 */
	ADJUDICATION(true),
	/** 其他行政权力 */
	OTHER(true);

	private final boolean publicFacing;

	PowerType(boolean publicFacing) {
		this.publicFacing = publicFacing;
	}

	/**
	 * Whether a citizen or employer applies for this kind of power, so that it needs a service guide (办事指南):
	 * licensing, benefits, confirmations, awards, adjudications and other powers exercised on application.
	 * Penalties, coercion, levies and inspections are exercised on the department's own initiative.
	 */
	public boolean publicFacing() {
		return publicFacing;
	}

	/** The type's two-digit code in the item-code rule: 01 行政许可 ... 10 其他行政权力. */
	public String typeCode() {
		return String.format("%02d", ordinal() + 1);
	}

	public String messageKey() {
		return "powers.type." + name();
	}

}
