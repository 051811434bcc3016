package org.gongkai.config;

/**
 * Text the application accepts: no NUL (it ends strings in C libraries, file systems and PostgreSQL text) and no
 * lone surrogate (half a character, which no encoder can write). One rule for parameters, form fields, JSON
 * strings and file names.
 */
final class CleanText {

	private CleanText() {
	}

	static boolean isClean(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
