package org.gongkai.catalogue.site;

/** Text fit for XML 1.0: characters XML cannot carry at all (most control characters) are dropped. */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
