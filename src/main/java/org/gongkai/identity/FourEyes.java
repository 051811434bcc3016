package org.gongkai.identity;

import java.util.Collection;
import java.util.Optional;

import org.gongkai.common.RuleViolation;

/**
 * 四眼原则 (four eyes): whoever created or changed any version of a piece of work never reviews or approves it,
 * whatever their roles (the disclosure office and the office head included). A unit account holding editor and
 * reviewer roles, or the office that rewrote an editor's draft, must leave the review to a second person.
 * <p>
 * The one rule behind every review and approval step: the confidentiality review of a document's draft and of its
 * revisions, the review of a consultation draft before it opens, the office's decision on a waiver of an
 * interpretation, the office head's decision on an extension. Both the action and the page that offers it ask it.
 */
public final class FourEyes {

	private FourEyes() {
	}

	/** Whether {@code me} had no hand in the work made by {@code contributors} (user names) and so may review it. */
	public static boolean independent(Me me, Collection<String> contributors) {
		return !contributors.contains(me.username());
	}

	/**
	 * Why {@code me} may not review the work: {@code messageKey} when they created or changed it, else empty. For
	 * pages that decide which forms to offer.
	 */
	public static Optional<String> refusal(Me me, Collection<String> contributors, String messageKey) {
		return independent(me, contributors) ? Optional.empty() : Optional.of(messageKey);
	}

	/** Refuses (409, with {@code messageKey}) a review by someone who created or changed the work. */
	public static void require(Me me, Collection<String> contributors, String messageKey) {
		if (!independent(me, contributors)) {
			throw RuleViolation.conflict(null, messageKey);
		}
	}

}
