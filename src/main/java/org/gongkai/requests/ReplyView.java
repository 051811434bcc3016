package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * The reply as the applicant receives it online (答复): the letter as issued, every requested item with what was
 * released (linked catalogue documents) or withheld and why, and the files released with it. No staff names.
 *
 * @param letter the letter's text as issued
 * @param deliveredOn the day the reply reached the applicant, {@code null} until then
 */
public record ReplyView(String trackingNumber, LocalDate repliedOn, String agency, String letter, List<Item> items,
		List<ReplyFileView> files, LocalDate deliveredOn) {

	public ReplyView {
		items = List.copyOf(items);
		files = List.copyOf(files);
	}

	/**
	 * A requested item and its answer.
	 *
	 * @param article the article the reply cites under the case's rules
	 * @param ground the ground for what is withheld, with its article; {@code null} when nothing is withheld
	 * @param documents the public catalogue documents the answer points to
	 */
	public record Item(int position, String description, ReplyType reply, String article, Ground ground,
			String groundArticle, String explanation, List<LinkedDocument> documents) {

		public Item {
			documents = List.copyOf(documents);
		}

		/** Released in full (予以公开, 已主动公开). */
		public boolean released() {
			return reply == ReplyType.DISCLOSED || reply == ReplyType.ALREADY_PUBLIC;
		}

		/** Withheld in whole or in part, with a ground (不予公开, 部分公开). */
		public boolean withheld() {
			return reply.needsGround();
		}

	}

	/** A public catalogue document, linked by its public address. */
	public record LinkedDocument(long id, String indexNumber, String title) {
	}

}
