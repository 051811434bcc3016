package org.gongkai.requests;

/** The three kinds of reply-letter template (答复告知书模板). */
public enum LetterTemplateKind {

	/** The letter's frame: heading, salutation, receipt sentence, closing with the applicant's rights, signature. */
	FRAME,
	/** The paragraph answering one requested item with one reply type. */
	REPLY,
	/** The phrase stating one ground for not disclosing, put into a reply paragraph as {理由}. */
	GROUND;

	public String messageKey() {
		return "letter.kind." + name();
	}

	/** Whether placeholders about a single requested item may appear in templates of this kind. */
	boolean itemPlaceholdersAllowed() {
		return this == REPLY;
	}

}
