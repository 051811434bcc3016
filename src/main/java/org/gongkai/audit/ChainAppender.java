package org.gongkai.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains pending rows (written by {@link AuditTrail} in the writers' transactions) in the order they were
 * written, one batch per short transaction of its own. The batch begins by locking the chain's head row
 * ({@code SELECT ... FOR UPDATE}): on several nodes one appender chains at a time and the next one reads the
 * head and the pending rows as the first left them, so the chain never forks (the unique index on
 * {@code chain_position} refuses a second row at the same place, should a database ever let two through). A
 * node that dies mid-batch leaves the batch's rows pending and the head where it was: its transaction commits
 * everything of the batch or nothing.
 */
@Component
class ChainAppender {

	private static final Logger LOG = LoggerFactory.getLogger(ChainAppender.class);

	private final AuditEntryRepository entries;

	private final AuditChainHeadRepository heads;

	private final AuditKindProgressRepository kinds;

	private final TransactionTemplate ownTransaction;

	private final int batchSize;

	ChainAppender(AuditEntryRepository entries, AuditChainHeadRepository heads, AuditKindProgressRepository kinds,
			PlatformTransactionManager transactions, AuditProperties properties) {
		this.entries = entries;
		this.heads = heads;
		this.kinds = kinds;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batchSize = properties.appendBatch();
	}

	/** Every few hundred milliseconds on every node (gongkai.audit.append-every): whatever is pending. */
	@Scheduled(fixedDelayString = "${gongkai.audit.append-every:200ms}", initialDelayString = "${gongkai.audit.append-every:200ms}")
	void appendPending() {
		try {
			drain();
		}
		catch (RuntimeException ex) {
			// the rows stay pending, durable, and the next run chains them; writers are not concerned
			LOG.warn("audit rows could not be chained this time, they stay pending: {}", ex.toString());
		}
	}

	/** Chains batches until nothing is pending; returns how many rows this call chained. */
	long drain() {
		long chained = 0;
		int last;
		do {
			last = appendBatch();
			chained += last;
		}
		while (last == batchSize);
		return chained;
	}

	/** Chains the next batch of pending rows in one transaction; returns how many. */
	int appendBatch() {
		if (!entries.existsByChainPositionIsNull()) {
			return 0; // the usual idle case: one index step, no lock
		}
		Integer count = ownTransaction.execute(status -> {
			AuditChainHead head = heads.lockHead();
			List<AuditEntry> batch = entries.pending(Limit.of(batchSize));
			for (AuditEntry entry : batch) {
				entry.chain(head.nextPosition(), head.lastHash());
				head.advance(entry);
			}
			count(batch);
			return batch.size();
		});
		return count == null ? 0 : count;
	}

	/** The chained rows per kind of object, in the batch's transaction ({@link AuditKindProgress}). */
	private void count(List<AuditEntry> batch) {
		Map<String, Long> perKind = batch.stream()
			.map(AuditEntry::getObjectType)
			.collect(Collectors.groupingBy(type -> type, Collectors.counting()));
		perKind.forEach((type, rows) -> kinds.findById(type)
			.orElseGet(() -> kinds.save(new AuditKindProgress(type)))
			.add(rows));
	}

}
