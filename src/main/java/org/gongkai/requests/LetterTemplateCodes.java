package org.gongkai.requests;

/** The names of the reply-letter templates: the frame's parts, and one per reply type and per ground. */
final class LetterTemplateCodes {

	static final String HEADING = "HEADING";

	static final String SALUTATION = "SALUTATION";

	static final String RECEIPT = "RECEIPT";

	/** An item not yet decided (only ever in a draft: the reply needs every item decided). */
	static final String PENDING = "PENDING";

	static final String CLOSING = "CLOSING";

	static final String SIGNATURE = "SIGNATURE";

	private static final String REPLY_PREFIX = "REPLY_";

	private static final String GROUND_PREFIX = "GROUND_";

	private LetterTemplateCodes() {
	}

	static String reply(ReplyType reply) {
		return REPLY_PREFIX + reply.name();
	}

	static String ground(Ground ground) {
		return GROUND_PREFIX + ground.name();
	}

	/** The message key of a template's name: the reply type's or ground's own label where there is one. */
	static String labelKey(String code) {
		if (code.startsWith(REPLY_PREFIX)) {
			return ReplyType.valueOf(code.substring(REPLY_PREFIX.length())).messageKey();
		}
		if (code.startsWith(GROUND_PREFIX)) {
			return Ground.valueOf(code.substring(GROUND_PREFIX.length())).messageKey();
		}
		return "letter.template." + code;
	}

}
