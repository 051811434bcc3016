package org.gongkai.requests;

import java.time.Instant;

/**
 * A reply-letter template as the console shows it.
 *
 * @param code its stable name ({@code RECEIPT}, {@code REPLY_PARTLY_DISCLOSED}, {@code GROUND_STATE_SECRET} ...)
 * @param labelKey the message key of its name
 * @param body the text in use
 * @param shippedBody the text the software came with, what a reset restores
 * @param updatedBy who last saved it, {@code null} while it is the shipped text never edited
 * @param version the optimistic-lock version the edit form sends back
 */
public record LetterTemplateView(String code, LetterTemplateKind kind, String labelKey, String body,
		String shippedBody, String updatedBy, Instant updatedAt, long version) {

	/** Whether the text in use differs from the shipped text. */
	public boolean changed() {
		return !body.equals(shippedBody);
	}

}
