package org.gongkai.common;

/** How optional text from forms is stored: stripped, and a blank field as no value at all. */
public final class Texts {

	private Texts() {
	}

	/** The text stripped of surrounding white space (including the ideographic space), or null when blank. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
