package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The SHA-256 link of the chain: every field of a row plus the previous row's hash. */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private static final String SEPARATOR = "\u001f";

	private ChainHash() {
	}

	static String of(AuditEntry entry) {
		String canonical = Stream
			.of(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getActorUnit(), entry.getAction(),
					entry.getObjectType(), entry.getObjectId(), entry.getSummary(), entry.getClientAddress(),
					entry.getPrevHash())
			.map(value -> Objects.toString(value, ""))
			.collect(Collectors.joining(SEPARATOR));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
