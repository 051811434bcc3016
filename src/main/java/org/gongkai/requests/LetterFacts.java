package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reply letter says about its case, ready for the templates: the application, its items with their
 * decisions and the public catalogue documents they point to.
 *
 * @param date the letter's date (成文日期)
 */
record LetterFacts(String trackingNumber, String applicant, LocalDate receivedOn, RuleSet rules, String agency,
		LocalDate date, List<Item> items) {

	LetterFacts {
		items = List.copyOf(items);
	}

	/**
	 * A requested item.
	 *
	 * @param reply {@code null} while undecided
	 * @param replyLabel the reply type's name in Chinese, {@code null} while undecided
	 */
	record Item(String description, String documentNumber, ReplyType reply, String replyLabel, Ground ground,
			String explanation, List<LinkedDocument> documents) {

		Item {
			documents = List.copyOf(documents);
		}

	}

	/** A public catalogue document the reply points to, with the address where anyone may read it. */
	record LinkedDocument(String title, String indexNumber, String url) {
	}

}
