package org.gongkai.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 查询码: eight characters without look-alikes (no 0/O, 1/I/L), about 40 bits, guessed only at the rate limit
 * of the page that asks for it (an application's tracking, a comment's status). Stored as a SHA-256 hash,
 * compared in constant time.
 */
public final class QueryCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCodes() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	public static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalize(code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static boolean matches(String code, String hash) {
		if (code == null || hash == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

	private static String normalize(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
