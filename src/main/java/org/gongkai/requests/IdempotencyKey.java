package org.gongkai.requests;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An API client's {@code Idempotency-Key}, scoped to the client and bound to the body. The stored key is a hash of
 * the client's network and the key, so two clients choosing the same key never meet; the body's SHA-256 is stored
 * with it, so the same key with another body is refused rather than answered with someone else's application.
 * The query code is kept for the retry sealed (AES-GCM) under a key derived from the client, the key and the whole
 * body, none of which is stored: only the applicant who sends the very same application again can open it.
 *
 * @param scoped the value stored as the application's submission key ({@code api:} + 43 characters)
 * @param bodySha256 the hex SHA-256 of the canonical body
 */
public record IdempotencyKey(String scoped, String bodySha256, byte[] sealingKey) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int IV_BYTES = 12;

	/**
	 * @param client the client's address as the rate limiter counts it (IPv6 per /64)
	 * @param key the header's value, already checked
	 * @param canonicalBody the body as the application form bound it, serialised again, so that spacing and key
	 * order do not count
	 */
	public static IdempotencyKey of(String client, String key, byte[] canonicalBody) {
		byte[] scope = sha256("scope".getBytes(StandardCharsets.UTF_8), client.getBytes(StandardCharsets.UTF_8),
				key.getBytes(StandardCharsets.UTF_8));
		String body = HexFormat.of().formatHex(sha256(canonicalBody));
		byte[] sealing = sha256("seal".getBytes(StandardCharsets.UTF_8), client.getBytes(StandardCharsets.UTF_8),
				key.getBytes(StandardCharsets.UTF_8), canonicalBody);
		return new IdempotencyKey("api:" + Base64.getUrlEncoder().withoutPadding().encodeToString(scope), body,
				sealing);
	}

	boolean sameBodyAs(String storedSha256) {
		return storedSha256 != null && MessageDigest.isEqual(bodySha256.getBytes(StandardCharsets.US_ASCII),
				storedSha256.getBytes(StandardCharsets.US_ASCII));
	}

	String seal(String queryCode) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, queryCode.getBytes(StandardCharsets.US_ASCII));
		return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
	}

	String open(String sealed) {
		byte[] bytes = Base64.getDecoder().decode(sealed);
		byte[] iv = Arrays.copyOf(bytes, IV_BYTES);
		byte[] text = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
		return new String(crypt(Cipher.DECRYPT_MODE, iv, text), StandardCharsets.US_ASCII);
	}

	private byte[] crypt(int mode, byte[] iv, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(sealingKey, "AES"), new GCMParameterSpec(128, iv));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime; a sealed code that does not "
					+ "open means the body differs, which sameBodyAs checks first", ex);
		}
	}

	/** SHA-256 over the parts, each preceded by its length, so that no two splits of the same bytes collide. */
	private static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(ByteBuffer.allocate(4).putInt(part.length).array());
				digest.update(part);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
