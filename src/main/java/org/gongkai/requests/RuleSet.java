package org.gongkai.requests;

/**
 * The regulations an application follows, chosen by its receipt date (DOMAIN.md §1-§2): the 2008 rules before
 * 2019-05-15 (configurable), the 2019 revision (State Council Decree 711) from then on.
 */
public enum RuleSet {

	/** 2008年《政府信息公开条例》: 15 + 15 working days, correction without a time limit. */
	R2008(15, 15, 0, false),
	/** 2019年修订: 20 + 20 working days, correction once within 7 working days, co-producers consulted too. */
	R2019(20, 20, 7, true);

	private final int replyDays;

	private final int maxExtensionDays;

	private final int correctionWithinDays;

	private final boolean coProducersConsulted;

	RuleSet(int replyDays, int maxExtensionDays, int correctionWithinDays, boolean coProducersConsulted) {
		this.replyDays = replyDays;
		this.maxExtensionDays = maxExtensionDays;
		this.correctionWithinDays = correctionWithinDays;
		this.coProducersConsulted = coProducersConsulted;
	}

	/** Working days to reply from receipt (答复期限). */
	public int replyDays() {
		return replyDays;
	}

	/** The longest extension (延长答复期限), granted once. */
	public int maxExtensionDays() {
		return maxExtensionDays;
	}

	/** Working days after receipt within which a correction may be asked for; 0 when the rules set no limit. */
	public int correctionWithinDays() {
		return correctionWithinDays;
	}

	/** Whether co-producing agencies are consulted (2019 Art. 34), not only third parties. */
	public boolean coProducersConsulted() {
		return coProducersConsulted;
	}

	public String messageKey() {
		return "request.rules." + name();
	}

}
