package org.gongkai.catalogue;

/**
 * 文号 as people type them: 湘人社办发〔2016〕16号 is also written with [2016], (2016), （2016）, 【2016】 or
 * [2016]. Search compares the normalised form so that every spelling finds the document.
 */
public final class DocumentNumbers {

	private DocumentNumbers() {
	}

	public static String normalize(String documentNumber) {
		if (documentNumber == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(documentNumber.length());
		documentNumber.strip().codePoints().forEach(c -> {
			switch (c) {
				case '〔', '[', '(', '（', '【', '［', '{', '｛' -> out.append('[');
				case '〕', ']', ')', '）', '】', '］', '}', '｝' -> out.append(']');
				case ' ', '\u3000' -> {
				}
				default -> out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** Whether a query looks like a document number (a year in brackets, or ending in 号). */
	public static boolean looksLikeOne(String query) {
		String normalized = normalize(query);
		return normalized != null && (normalized.matches(".*\\[\\d{4}].*") || normalized.endsWith("号"));
	}

}
