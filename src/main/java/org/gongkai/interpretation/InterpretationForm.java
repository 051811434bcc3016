package org.gongkai.interpretation;

import java.util.Locale;

/**
 * The forms of a policy interpretation (解读形式): 文字解读, 问答, 图解 (an image with a full text alternative),
 * 音视频 (a link and a text summary), 专家解读, 领导解读, 在线访谈 and 新闻发布会.
 */
public enum InterpretationForm {

	TEXT, QA, GRAPHIC, MEDIA, EXPERT, LEADER, INTERVIEW, PRESS;

	public String messageKey() {
		return "interpretation.form." + name().toLowerCase(Locale.ROOT);
	}

	/** Expert, leader and interview interpretations name who interprets (解读人). */
	public boolean namesInterpreter() {
		return this == EXPERT || this == LEADER || this == INTERVIEW;
	}

}
