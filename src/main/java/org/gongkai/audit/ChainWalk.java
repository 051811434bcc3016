package org.gongkai.audit;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Walks the chain from its first place and reports the first row whose link does not hold. Rows are read a batch
 * at a time (each batch its own read, nothing kept), while the appender may go on chaining: the head is read
 * after the walk, so rows chained meanwhile are walked up to it, and a chained row behind the head is one that
 * the appender did not put there.
 */
@Component
class ChainWalk {

	private static final int BATCH = 1000;

	private final AuditEntryRepository entries;

	private final AuditChainHeadRepository heads;

	ChainWalk(AuditEntryRepository entries, AuditChainHeadRepository heads) {
		this.entries = entries;
		this.heads = heads;
	}

	private static final class Position {

		long place;

		String hash = ChainHash.GENESIS;

		long checked;

		Long lastId;

	}

	ChainVerification verify() {
		Position at = new Position();
		String problem = walk(at, Long.MAX_VALUE);
		AuditChainHead head = heads.findById(1).orElseThrow();
		if (problem == null && at.place < head.lastPosition()) {
			problem = walk(at, head.lastPosition()); // chained after the walk had passed, or removed at the end
		}
		if (problem != null) {
			return result(at, at.lastId, problem);
		}
		if (at.place > head.lastPosition()) {
			return result(at, entries.chained(head.lastPosition(), Long.MAX_VALUE, Limit.of(1)).get(0).getId(), "extra");
		}
		if (at.place < head.lastPosition()) {
			return result(at, null, "tail");
		}
		if (!at.hash.equals(head.lastHash())) {
			return result(at, at.lastId, "hash"); // the last row altered and its hash computed again
		}
		return result(at, null, null);
	}

	/** Walks on up to a place; returns the problem of the first row that breaks (its id in {@code lastId}). */
	private String walk(Position at, long upTo) {
		List<AuditEntry> batch = entries.chained(at.place, upTo, Limit.of(BATCH));
		while (!batch.isEmpty()) {
			for (AuditEntry entry : batch) {
				at.lastId = entry.getId();
				if (entry.getChainPosition() != at.place + 1) {
					return "gap";
				}
				if (!Objects.equals(entry.getPrevHash(), at.hash)) {
					return "link";
				}
				if (!ChainHash.of(entry).equals(entry.getHash())) {
					return "hash";
				}
				at.place = entry.getChainPosition();
				at.hash = entry.getHash();
				at.checked++;
			}
			batch = entries.chained(at.place, upTo, Limit.of(BATCH));
		}
		return null;
	}

	private ChainVerification result(Position at, Long brokenId, String problem) {
		return new ChainVerification(at.checked, brokenId, problem, entries.countByChainPositionIsNull());
	}

}
