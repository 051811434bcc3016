package org.gongkai.common;

/**
 * How a party (行政相对人, an applicant) is shown on every public surface (pages, API, CSV, feed) of the 双公示 records
 * and the approval progress lookup. Organisations (legal persons and
 * other organisations) are shown in full with their unified social credit code, as the national credit platform
 * shows them. A natural person's name keeps the surname's first character followed by two asterisks whatever its
 * length (张三 and 张三丰 both 张**: the length would narrow the person down); an ID number keeps the first 6 (the
 * region code) and the last 4 characters and hides the rest, which on an 18-digit resident ID is exactly the date of
 * birth (430102********123X), the practice of the national 双公示 notices. Codes of 10 characters or fewer (passport
 * numbers and the like) keep only their last 2.
 */
public final class PartyMasking {

	public static final String NAME_MASK = "**";

	private static final int KEEP_HEAD = 6;

	private static final int KEEP_TAIL = 4;

	private static final int SHORT_CODE = 10;

	private static final int SHORT_TAIL = 2;

	private PartyMasking() {
	}

	/** The name as the public sees it. */
	public static String name(String name, boolean naturalPerson) {
		if (!naturalPerson || name == null || name.isBlank()) {
			return name;
		}
		String stripped = name.strip();
		return stripped.substring(0, stripped.offsetByCodePoints(0, 1)) + NAME_MASK;
	}

	/** The code (credit code or ID number) as the public sees it. */
	public static String code(String code, boolean naturalPerson) {
		if (!naturalPerson || code == null || code.isBlank()) {
			return code;
		}
		String c = code.strip();
		if (c.length() <= SHORT_CODE) {
			int tail = Math.min(SHORT_TAIL, c.length() - 1);
			return "*".repeat(c.length() - tail) + c.substring(c.length() - tail);
		}
		return c.substring(0, KEEP_HEAD) + "*".repeat(c.length() - KEEP_HEAD - KEEP_TAIL)
				+ c.substring(c.length() - KEEP_TAIL);
	}

}
