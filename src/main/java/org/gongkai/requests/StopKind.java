package org.gongkai.requests;

/** Why the clock stood still (期限中止), with the article allowing it. */
public enum StopKind {

	/** 补正: the period restarts in full when the corrected application arrives (2019 Art. 30). */
	CORRECTION("第三十条"),
	/** 征求第三方意见: not counted (Art. 32). */
	THIRD_PARTY("第三十二条"),
	/** 征求其他机关意见 (co-producing agency): not counted (Art. 34). */
	CO_PRODUCER("第三十四条"),
	/** 缴纳信息处理费: the time until payment is not counted (Art. 42, 信息处理费管理办法). */
	FEE("第四十二条");

	private final String article;

	StopKind(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}

	public boolean consultation() {
		return this == THIRD_PARTY || this == CO_PRODUCER;
	}

	public String messageKey() {
		return "request.stop." + name();
	}

}
