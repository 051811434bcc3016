package org.gongkai.publicity;

/**
 * 处罚类别: the kinds of administrative penalty of the Administrative Penalty Law (行政处罚法, 2021, art. 9), without
 * 行政拘留, which only public security imposes.
 */
public enum PenaltyCategory {

	/** 警告 */
	WARNING,
	/** 通报批评 */
	CRITICISM,
	/** 罚款 */
	FINE,
	/** 没收违法所得、没收非法财物 */
	CONFISCATION,
	/** 暂扣许可证件 */
	LICENCE_SUSPENDED,
	/** 降低资质等级 */
	QUALIFICATION_LOWERED,
	/** 吊销许可证件 */
	LICENCE_REVOKED,
	/** 限制开展生产经营活动 */
	BUSINESS_RESTRICTED,
	/** 责令停产停业 */
	BUSINESS_SUSPENDED,
	/** 责令关闭 */
	CLOSED,
	/** 限制从业 */
	PRACTICE_RESTRICTED,
	/** 其他 */
	OTHER;

	public String messageKey() {
		return "publicity.penaltyCategory." + name();
	}

}
