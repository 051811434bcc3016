package org.gongkai.requests;

/**
 * The fixed list of replies to a requested item (2019 rules Art. 36-39; the 2008 rules knew the first six), with
 * the article a reply letter cites and the annual report row it counts in.
 */
public enum ReplyType {

	/** 已主动公开: tell where (Art. 36(1)); the report counts it as 予以公开. */
	ALREADY_PUBLIC("第三十六条第（一）项", "第二十一条第（一）项", ReportRow.DISCLOSED, false),
	/** 予以公开 (Art. 36(2)). */
	DISCLOSED("第三十六条第（二）项", "第二十一条第（一）项", ReportRow.DISCLOSED, false),
	/** 部分公开: the separable part, with the ground for the rest (Art. 37). */
	PARTLY_DISCLOSED("第三十七条", "第二十二条", ReportRow.PARTLY_DISCLOSED, true),
	/** 不予公开, with a ground (Art. 36(3)). */
	NOT_DISCLOSED("第三十六条第（三）项", "第二十一条第（二）项", null, true),
	/** 信息不存在 / 本机关不掌握 (Art. 36(4)). */
	NOT_EXIST("第三十六条第（四）项", "第二十一条第（三）项", ReportRow.UNABLE_NOT_HELD, false),
	/** 不属于本机关负责公开: name the right agency if known (Art. 36(5)). */
	NOT_OURS("第三十六条第（五）项", "第二十一条第（三）项", ReportRow.UNABLE_NOT_HELD, false),
	/** 重复申请 (Art. 36(6)). */
	REPEAT("第三十六条第（六）项", null, ReportRow.NOT_HANDLED_REPEAT, false),
	/** 依照法律、行政法规另有规定办理, such as registration records (Art. 36(7)). */
	SPECIAL_LAW("第三十六条第（七）项", null, ReportRow.WITHHELD_SPECIAL_LAW, false),
	/** 需要另行制作, no duty to compile new information (Art. 38). */
	NEEDS_COMPILING("第三十八条", null, ReportRow.UNABLE_NEEDS_COMPILING, false),
	/** 补正后申请内容仍不明确 (Art. 30). */
	UNCLEAR_AFTER_CORRECTION("第三十条", null, ReportRow.UNABLE_UNCLEAR, false),
	/** 信访、投诉、举报: not handled as an application (Art. 39(1)). */
	PETITION("第三十九条第一款", null, ReportRow.NOT_HANDLED_PETITION, false),
	/** 要求提供公开出版物 (Art. 39(2)). */
	PUBLICATIONS("第三十九条第二款", null, ReportRow.NOT_HANDLED_PUBLICATIONS, false),
	/** 无正当理由大量、反复申请 (Art. 35). */
	EXCESSIVE("第三十五条", null, ReportRow.NOT_HANDLED_EXCESSIVE, false),
	/** 要求确认或重新出具已获取的信息 (Art. 39(2)). */
	CONFIRM_OR_REISSUE("第三十九条第二款", null, ReportRow.NOT_HANDLED_CONFIRM, false);

	private final String article;

	private final String article2008;

	private final ReportRow row;

	private final boolean needsGround;

	ReplyType(String article, String article2008, ReportRow row, boolean needsGround) {
		this.article = article;
		this.article2008 = article2008;
		this.row = row;
		this.needsGround = needsGround;
	}

	/** The article a letter cites for this reply under {@code rules}. */
	public String article(RuleSet rules) {
		return rules == RuleSet.R2008 ? article2008 : article;
	}

	/** A ground (不予公开的理由) is required: for refusals and for the withheld part of a partial disclosure. */
	public boolean needsGround() {
		return needsGround;
	}

	/** Whether the reply exists under {@code rules}. */
	public boolean allowedUnder(RuleSet rules) {
		return rules == RuleSet.R2019 || article2008 != null;
	}

	/** The report row of an item answered this way; a refusal counts in its ground's row. */
	public ReportRow row(Ground ground) {
		if (row != null) {
			return row;
		}
		return ground == null ? ReportRow.OTHER : ground.row();
	}

	public String messageKey() {
		return "request.reply." + name();
	}

}
