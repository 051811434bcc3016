package org.gongkai.approvals;

/**
 * What the public sees of an applicant: a natural person's name keeps its first character only (张**), an
 * organisation's name is shown (it is public in 双公示 anyway). ID numbers and credit codes are never shown.
 */
final class ApplicantMask {

	private ApplicantMask() {
	}

	static String name(String name, boolean naturalPerson) {
		if (!naturalPerson || name == null || name.isEmpty()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		int rest = name.codePointCount(first, name.length());
		return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
	}

}
