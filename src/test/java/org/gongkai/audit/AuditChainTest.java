package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain without a global lock: writers whose transactions overlap all record their rows, every row ends
 * up chained and verified, two appenders at once never fork the chain, and tampering with chained rows is still
 * found.
 */
@GongkaiTest
class AuditChainTest {

	private static final int WRITERS = 8;

	private static final int ROUNDS = 5;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditLog log;

	@Autowired
	AuditEntryRepository entries;

	@Autowired
	AuditChainHeadRepository heads;

	@Autowired
	AuditKindProgressRepository kinds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * Like an import next to other staff at work: every writer's transaction is still open, its audit row written,
	 * while all the others write theirs. Under one lock on the chain's head the second writer would wait for the
	 * first to commit, which waits for the second: a lock timeout and a failed write.
	 */
	@Test
	void writersWhoseTransactionsOverlapAllSucceedAndEveryRowIsChainedAndVerified() throws Exception {
		String run = UUID.randomUUID().toString();
		CyclicBarrier allWritten = new CyclicBarrier(WRITERS);
		TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.add(pool.submit(() -> {
					for (int round = 0; round < ROUNDS; round++) {
						int r = round;
						ownTransaction.executeWithoutResult(status -> {
							events.publishEvent(AuditEvent.of("test.concurrent", "ChainTest", run,
									"writer " + writer + " round " + r));
							awaitQuietly(allWritten);
						});
					}
					return null;
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(2, TimeUnit.MINUTES); // fails the test with the writer's exception, if any
			}
		}
		finally {
			pool.shutdownNow();
		}
		ChainVerification verification = log.verify();
		assertThat(verification.intact()).as("%s", verification).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_type = 'ChainTest' "
				+ "and object_id = ? and chain_position is not null", Long.class, run))
			.isEqualTo((long) WRITERS * ROUNDS);
	}

	/** Two nodes' appenders chaining the same pending rows at the same time, a few rows per transaction. */
	@Test
	void twoAppendersAtOnceDoNotForkTheChain() throws Exception {
		String run = UUID.randomUUID().toString();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			for (int i = 0; i < 1500; i++) {
				events.publishEvent(AuditEvent.of("test.appenders", "ChainTest", run, "row " + i));
			}
		});
		AuditProperties smallBatches = new AuditProperties(Duration.ofMillis(200), 7);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> chained = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				ChainAppender appender = new ChainAppender(entries, heads, kinds, transactions, smallBatches);
				chained.add(nodes.submit(() -> {
					awaitQuietly(start);
					return appender.drain();
				}));
			}
			for (Future<Long> node : chained) {
				node.get(2, TimeUnit.MINUTES); // fails the test with the appender's exception, if any
			}
		}
		finally {
			nodes.shutdownNow();
		}
		ChainVerification verification = log.verify();
		assertThat(verification.intact()).as("%s", verification).isTrue();
		assertThat(jdbc.queryForObject("select count(distinct chain_position) from audit_entry "
				+ "where object_id = ? and chain_position is not null", Long.class, run)).isEqualTo(1500L);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry a join audit_entry b "
				+ "on a.prev_hash = b.prev_hash and a.id <> b.id where a.object_id = ?", Long.class, run))
			.as("rows linked to the same row").isZero();
	}

	@Test
	void anAlteredChainedRowIsFound() {
		Map<String, Object> row = rowAt(chainedEnd().lastPosition());
		long id = (Long) row.get("id");
		jdbc.update("update audit_entry set actor = 'someone else' where id = ?", id);
		try {
			assertThat(log.verify()).extracting(ChainVerification::firstBrokenId, ChainVerification::problem)
				.containsExactly(id, "hash");
		}
		finally {
			jdbc.update("update audit_entry set actor = ? where id = ?", row.get("actor"), id);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void aRemovedChainedRowIsFound() {
		chainedEnd();
		Map<String, Object> removed = tamper(head -> {
			Map<String, Object> row = rowAt(head.lastPosition() - 1);
			jdbc.update("delete from audit_entry where id = ?", row.get("id"));
			return row;
		});
		long next = (Long) rowAt((Long) removed.get("chain_position") + 1).get("id");
		try {
			assertThat(log.verify()).extracting(ChainVerification::firstBrokenId, ChainVerification::problem)
				.containsExactly(next, "gap");
		}
		finally {
			putBack(removed);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void rowsRemovedAtTheEndOfTheChainAreFound() {
		chainedEnd();
		Map<String, Object> last = tamper(head -> {
			Map<String, Object> row = rowAt(head.lastPosition());
			jdbc.update("delete from audit_entry where id = ?", row.get("id"));
			return row;
		});
		try {
			ChainVerification verification = log.verify();
			assertThat(verification.problem()).isEqualTo("tail");
			assertThat(verification.intact()).isFalse();
		}
		finally {
			putBack(last);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	/**
	 * A row put into the chain, hashes and all, as someone with write access to the database would: between the
	 * last two rows (the last one moved on by one place), or behind the last one.
	 */
	@Test
	void aRowInsertedIntoTheChainIsFound() {
		chainedEnd();
		long forged = jdbc.queryForObject("select nextval('audit_entry_seq')", Long.class);
		Map<String, Object> last = tamper(head -> {
			Map<String, Object> row = rowAt(head.lastPosition());
			jdbc.update("update audit_entry set chain_position = ? where id = ?", head.lastPosition() + 1, row.get("id"));
			insertForged(forged, head.lastPosition(), (String) rowAt(head.lastPosition() - 1).get("hash"));
			return row;
		});
		try {
			assertThat(log.verify()).extracting(ChainVerification::firstBrokenId, ChainVerification::problem)
				.containsExactly(last.get("id"), "link");
		}
		finally {
			jdbc.update("delete from audit_entry where id = ?", forged);
			jdbc.update("update audit_entry set chain_position = ? where id = ?", last.get("chain_position"),
					last.get("id"));
		}
		assertThat(log.verify().intact()).isTrue();

		long behind = jdbc.queryForObject("select nextval('audit_entry_seq')", Long.class);
		tamper(head -> {
			insertForged(behind, head.lastPosition() + 1, head.lastHash());
			return null;
		});
		try {
			assertThat(log.verify()).extracting(ChainVerification::firstBrokenId, ChainVerification::problem)
				.containsExactly(behind, "extra");
		}
		finally {
			jdbc.update("delete from audit_entry where id = ?", behind);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	/**
	 * The page cache's version of a kind of object moves with every entry about it as soon as it commits, also
	 * when a writer that took its number earlier commits later than another (the highest number would not move),
	 * and only then: the appender chaining the rows later leaves it as it is (a page would be rendered again).
	 */
	@Test
	void theMarkOfAKindMovesWithEveryCommittedEntryWhateverTheOrderOfTheirNumbers() throws Exception {
		String kind = "MarkTest" + UUID.randomUUID();
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Thread slow = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(AuditEvent.of("test.mark", kind, 1, "numbered first, committed last"));
			written.countDown();
			try {
				commit.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		slow.start();
		written.await();
		events.publishEvent(AuditEvent.of("test.mark", kind, 2, "numbered second, committed first"));
		long before = log.latestOf(kind).orElseThrow().id();
		log.verify();
		long chained = log.latestOf(kind).orElseThrow().id();
		commit.countDown();
		slow.join();
		assertThat(chained).as("chaining a row is no change to what pages show").isEqualTo(before);
		long committed = log.latestOf(kind).orElseThrow().id();
		assertThat(committed).isGreaterThan(chained);
		log.verify();
		assertThat(log.latestOf(kind).orElseThrow().id()).as("nor is chaining the late one").isEqualTo(committed);
	}

	/** A row written while the appender cannot run is in the log at once, marked as not chained yet. */
	@Test
	void theLogShowsRowsNotChainedYet() throws Exception {
		CountDownLatch seen = new CountDownLatch(1);
		Thread holder = holdTheHead(seen);
		String page;
		try {
			new TransactionTemplate(transactions).executeWithoutResult(
					status -> events.publishEvent(AuditEvent.of("test.pending", "ChainTest", "pending", "not chained yet")));
			page = mvc.perform(get("/admin/audit").param("action", "test.pending").with(Sessions.admin(mvc)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		finally {
			seen.countDown();
		}
		holder.join();
		assertThat(page).contains("not chained yet").contains("待入链");
	}

	/** Writes two rows and chains them; the head then. */
	private AuditChainHead chainedEnd() {
		events.publishEvent(AuditEvent.of("test.tampered", "ChainTest", UUID.randomUUID(), "first"));
		events.publishEvent(AuditEvent.of("test.tampered", "ChainTest", UUID.randomUUID(), "second"));
		assertThat(log.verify().intact()).isTrue();
		return heads.findById(1).orElseThrow();
	}

	/** Changes rows while holding the head, as an appender would: no appender chains meanwhile. */
	private <T> T tamper(java.util.function.Function<AuditChainHead, T> change) {
		return new TransactionTemplate(transactions).execute(status -> change.apply(heads.lockHead()));
	}

	private Map<String, Object> rowAt(long place) {
		return jdbc.queryForMap("select * from audit_entry where chain_position = ?", place);
	}

	private void putBack(Map<String, Object> row) {
		jdbc.update("insert into audit_entry (id, occurred_at, actor, actor_unit, action, object_type, object_id, summary, "
				+ "client_address, chain_position, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("actor_unit"), row.get("action"),
				row.get("object_type"), row.get("object_id"), row.get("summary"), row.get("client_address"),
				row.get("chain_position"), row.get("prev_hash"), row.get("hash"));
	}

	/** A row that was never written through the product, with a hash computed as the product computes it. */
	private void insertForged(long id, long place, String previousHash) {
		AuditEntry forged = new AuditEntry(java.time.Instant.parse("2026-01-01T00:00:00Z"), "intruder", null,
				AuditEvent.of("staff.created", "Staff", 1, "forged"), "-");
		org.springframework.test.util.ReflectionTestUtils.setField(forged, "id", id);
		forged.chain(place, previousHash);
		jdbc.update("insert into audit_entry (id, occurred_at, actor, action, object_type, object_id, summary, "
				+ "client_address, chain_position, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
				java.sql.Timestamp.from(forged.getOccurredAt()), forged.getActor(), forged.getAction(),
				forged.getObjectType(), forged.getObjectId(), forged.getSummary(), forged.getClientAddress(), place,
				previousHash, forged.getHash());
	}

	/** A thread that locks the chain's head, as an appender does, until the latch opens. */
	private Thread holdTheHead(CountDownLatch release) throws InterruptedException {
		CountDownLatch locked = new CountDownLatch(1);
		Thread holder = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			heads.lockHead();
			locked.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		holder.start();
		locked.await();
		return holder;
	}

	private static void awaitQuietly(CyclicBarrier barrier) {
		try {
			barrier.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the other writers did not get as far", ex);
		}
	}

}
