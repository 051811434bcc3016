package org.gongkai.identity;

import java.security.SecureRandom;

/** Random passwords for the first administrator and the demo accounts, from an alphabet without look-alikes. */
final class GeneratedPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPasswords() {
	}

	static String next(int length) {
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
