package org.gongkai.consultation;

/** Why a comment is not published: the fixed list moderators choose from, shown to the commenter. */
public enum Rejection {

	/** 与征求意见内容无关. */
	OFF_TOPIC,
	/** 含有辱骂、攻击等不文明内容. */
	ABUSIVE,
	/** 含有广告或商业推广. */
	ADVERTISING,
	/** 含有他人个人信息. */
	PERSONAL_DATA,
	/** 重复提交. */
	DUPLICATE,
	/** 含有违反法律法规的内容. */
	UNLAWFUL;

	public String messageKey() {
		return "consultation.rejection." + name();
	}

}
