package org.gongkai.requests;

/**
 * The regulations an application follows, chosen by its receipt date (DOMAIN.md §1-§2): the 2008 rules before
 * 2019-05-15 (configurable), the 2019 revision (State Council Decree 711) from then on.
 */
public enum RuleSet {

	/** 2008年《政府信息公开条例》: 15 + 15 working days (Art. 24), correction without a time limit (Art. 21(4)). */
	R2008(15, 15, 0, false, "2008年《条例》", "第二十四条", "第二十一条第（四）项"),
	/** 2019年修订: 20 + 20 working days (Art. 33), correction once within 7 working days (Art. 30), co-producers too. */
	R2019(20, 20, 7, true, "《条例》", "第三十三条", "第三十条");

	private final int replyDays;

	private final int maxExtensionDays;

	private final int correctionWithinDays;

	private final boolean coProducersConsulted;

	private final String title;

	private final String periodArticle;

	private final String correctionArticle;

	RuleSet(int replyDays, int maxExtensionDays, int correctionWithinDays, boolean coProducersConsulted, String title,
			String periodArticle, String correctionArticle) {
		this.replyDays = replyDays;
		this.maxExtensionDays = maxExtensionDays;
		this.correctionWithinDays = correctionWithinDays;
		this.coProducersConsulted = coProducersConsulted;
		this.title = title;
		this.periodArticle = periodArticle;
		this.correctionArticle = correctionArticle;
	}

	/** An article of these rules as a refusal cites it: {@code 《条例》第三十三条}, {@code 2008年《条例》第二十四条}. */
	public String cite(String article) {
		return title + article;
	}

	/** The article on the reply period and its one extension. */
	public String periodCitation() {
		return cite(periodArticle);
	}

	/** The article on corrections (补正). */
	public String correctionCitation() {
		return cite(correctionArticle);
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
