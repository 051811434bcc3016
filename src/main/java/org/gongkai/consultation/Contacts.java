package org.gongkai.consultation;

import java.util.regex.Pattern;

/** A commenter's contact, masked for every staff list (张**@example.com, 138****1234); whole only in the export. */
final class Contacts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Contacts() {
	}

	static boolean isEmail(String contact) {
		return contact != null && EMAIL.matcher(contact.strip()).matches();
	}

	static String mask(String contact) {
		if (contact == null || contact.isBlank()) {
			return null;
		}
		String value = contact.strip();
		if (isEmail(value)) {
			int at = value.indexOf('@');
			return value.charAt(0) + "***" + value.substring(at);
		}
		if (value.length() <= 4) {
			return "****";
		}
		int keep = Math.min(3, value.length() / 3);
		return value.substring(0, keep) + "****" + value.substring(value.length() - 4);
	}

}
