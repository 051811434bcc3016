package org.gongkai.requests;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongkai.common.FileStore;

/**
 * Links that open one application's reply and nothing else (答复查看链接), mailed instead of the query code. The
 * token is 256 random bits, so links cannot be enumerated or guessed; only its SHA-256 is stored, so the table
 * opens nothing; a link stops working after {@link ReplyLinkProperties#validity()}, and when staff revoke it or a
 * newer link replaces it. Unlike the query code it cannot withdraw, correct or show the timeline.
 */
@Component
class ReplyLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReplyLinkRepository links;

	private final ReplyLinkProperties properties;

	private final Clock clock;

	ReplyLinks(ReplyLinkRepository links, ReplyLinkProperties properties, Clock clock) {
		this.links = links;
		this.properties = properties;
		this.clock = clock;
	}

	/** A new link's token for the application; earlier links of it stop working. */
	String issue(DisclosureRequest request) {
		revokeAll(request);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		links.save(new ReplyLink(request.id(), hash(token), now, now.plus(properties.validity())));
		return token;
	}

	/** The application whose reply the token opens now; empty for an unknown, expired or revoked token alike. */
	Optional<Long> requestOf(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return links.findByTokenHash(hash(token)).filter(link -> link.validAt(now)).map(ReplyLink::requestId);
	}

	/** The newest link of the application, for the case page. */
	Optional<ReplyLink> latest(long requestId) {
		return links.findByRequestIdOrderByIdDesc(requestId).stream().findFirst();
	}

	void revokeAll(DisclosureRequest request) {
		Instant now = clock.instant();
		links.findByRequestIdOrderByIdDesc(request.id()).forEach(link -> link.revoke(now));
	}

	private static String hash(String token) {
		return FileStore.sha256(token.getBytes(StandardCharsets.US_ASCII));
	}

}
