package org.gongkai.requests;

import java.util.Locale;

/**
 * Check digits of the two national identifiers an applicant gives, and their masked form for everyone but the
 * handlers of the case.
 */
public final class IdentityNumbers {

	private static final int[] RESIDENT_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String RESIDENT_CHECK = "10X98765432";

	private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private IdentityNumbers() {
	}

	/** 居民身份证号码 (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character. */
	public static boolean validResidentId(String value) {
		String id = normalize(value);
		if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
		}
		return id.charAt(17) == RESIDENT_CHECK.charAt(sum % 11);
	}

	/** 统一社会信用代码 (GB 32100): 17 characters of its alphabet and a check character, weights 3^(i-1) mod 31. */
	public static boolean validCreditCode(String value) {
		String code = normalize(value);
		if (code.length() != 18) {
			return false;
		}
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			int digit = CREDIT_CODE_CHARS.indexOf(code.charAt(i));
			if (digit < 0) {
				return false;
			}
			sum += digit * weight;
			weight = weight * 3 % 31;
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == CREDIT_CODE_CHARS.charAt(check);
	}

	/** Upper case, without spaces: how numbers are stored and compared. */
	public static String normalize(String value) {
		return value == null ? "" : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/** The first six and last four characters, the rest starred: {@code 430104********1234}. */
	public static String mask(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= 6) {
			return "*".repeat(value.length());
		}
		int keepStart = value.length() >= 14 ? 6 : 2;
		int keepEnd = value.length() >= 14 ? 4 : 2;
		return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
				+ value.substring(value.length() - keepEnd);
	}

	/** A phone number with its middle starred: {@code 138****5678}. */
	public static String maskPhone(String value) {
		if (value == null || value.length() < 7) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
	}

	/** An e-mail address with only its first character and domain shown: {@code z***@example.com}. */
	public static String maskEmail(String value) {
		if (value == null) {
			return null;
		}
		int at = value.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return value.charAt(0) + "***" + value.substring(at);
	}

}
