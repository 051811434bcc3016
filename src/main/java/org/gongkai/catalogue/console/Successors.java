package org.gongkai.catalogue.console;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.common.RuleViolation;

/** The document that replaced another, named the way staff know it: by its index number (索引号). */
final class Successors {

	private Successors() {
	}

	/** The public document with this index number, none for a blank one; refused when nothing public has it. */
	static Long byIndexNumber(Catalogue catalogue, String indexNumber) {
		if (indexNumber == null || indexNumber.isBlank()) {
			return null;
		}
		return catalogue.publicByIndexNumber(indexNumber.strip())
			.map(DocumentView::id)
			.orElseThrow(() -> RuleViolation.invalid("successorIndexNumber", "docs.successor.unknown",
					indexNumber.strip()));
	}

}
