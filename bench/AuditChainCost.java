import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent audited writes per second, before and after issue 16 item 7, at the JDBC level (the statements the
 * product's Hibernate issues, without the web layer): THREADS writers each commit WRITES transactions, each a row
 * of "work" (like an imported document) and its audit row, keeping the transaction open HOLD_MS after the audit
 * row (the rest of the work of the same transaction; an import holds it longer).
 *
 * lock  (before): the writer locks the chain's head row (SELECT ... FOR UPDATE), chains its row (number, previous
 *                 hash, SHA-256), moves the head: every writer waits for the one before to commit; a wait longer
 *                 than the lock timeout fails the write.
 * queue (after):  the writer inserts its row pending (number from a sequence, no lock); one appender thread,
 *                 as audit.ChainAppender, chains pending rows in batches of 500 under the head's lock, in
 *                 transactions of its own, every 200 ms when idle.
 *
 * Each round runs both modes on a fresh database, walks the chain at the end (every row chained, every link
 * holds) and prints writes/s, failed writes and, for queue, how long after the last write the last row was
 * chained. Run (bench/README.md, "Audit chain"):
 *
 * java -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar bench/AuditChainCost.java [THREADS] [WRITES] [HOLD_MS] [ROUNDS] [JDBC_URL USER PASSWORD]
 *
 * Without JDBC_URL: a file H2 database in a temporary directory with the application's settings (PostgreSQL mode,
 * WRITE_DELAY=0) and LOCK_TIMEOUT=2000 (the 2 s of the issue). With a PostgreSQL URL (add the driver's jar to the
 * class path), each run drops and creates its own tables (bench_*) in that database; lock_timeout is set to 2 s.
 */
public class AuditChainCost {

	static final int BATCH = 500;

	static final String GENESIS = "0".repeat(64);

	record Result(double writesPerSecond, long failed, double chainLagSeconds, long chained) {
	}

	public static void main(String[] args) throws Exception {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
		int writes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int holdMs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		String url = args.length > 4 ? args[4] : null;
		String user = args.length > 5 ? args[5] : "sa";
		String password = args.length > 6 ? args[6] : "";
		System.out.printf("threads=%d writes/thread=%d hold=%d ms database=%s%n", threads, writes, holdMs,
				url == null ? "H2 file" : url.replaceAll("\\?.*", ""));
		for (int round = 1; round <= rounds; round++) {
			for (String mode : new String[] { "lock", "queue" }) {
				String db = url != null ? url : "jdbc:h2:file:" + Files.createTempDirectory("audit-chain")
						+ "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=2000";
				Result r = run(mode, db, user, password, threads, writes, holdMs);
				System.out.printf("round %d  %-5s  %,9.0f writes/s  %,6d failed  %,7d chained  %s%n", round, mode,
						r.writesPerSecond(), r.failed(), r.chained(),
						mode.equals("queue") ? String.format("last row chained %.2f s after the last write", r.chainLagSeconds()) : "");
			}
		}
	}

	static Result run(String mode, String url, String user, String password, int threads, int writes, int holdMs)
			throws Exception {
		try (Connection setup = DriverManager.getConnection(url, user, password); Statement sql = setup.createStatement()) {
			schema(sql);
			AtomicLong failed = new AtomicLong();
			AtomicBoolean writing = new AtomicBoolean(true);
			ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
			Future<?> appender = mode.equals("queue") ? pool.submit(() -> appendUntilDone(url, user, password, writing)) : null;
			long started = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> write(mode, url, user, password, thread, writes, holdMs, failed)));
			}
			for (Future<?> f : done) {
				f.get();
			}
			long wrote = System.nanoTime();
			writing.set(false);
			if (appender != null) {
				appender.get();
			}
			long chainedAt = System.nanoTime();
			pool.shutdown();
			long succeeded = (long) threads * writes - failed.get();
			long chained = walk(setup);
			if (chained != succeeded) {
				throw new IllegalStateException(chained + " rows chained, " + succeeded + " written");
			}
			if (url.startsWith("jdbc:h2:")) {
				sql.execute("shutdown");
			}
			return new Result(succeeded / ((wrote - started) / 1e9), failed.get(), (chainedAt - wrote) / 1e9, chained);
		}
	}

	static void schema(Statement sql) throws SQLException {
		for (String drop : new String[] { "drop table if exists bench_work", "drop table if exists bench_audit_entry",
				"drop table if exists bench_audit_chain_head", "drop sequence if exists bench_audit_entry_seq" }) {
			sql.execute(drop);
		}
		sql.execute("create table bench_work (id bigint generated by default as identity primary key, body varchar(2000))");
		sql.execute("create table bench_audit_entry (id bigint primary key, occurred_at timestamp with time zone not null, "
				+ "actor varchar(100) not null, action varchar(100) not null, object_type varchar(100) not null, "
				+ "object_id varchar(100), summary varchar(2000) not null, chain_position bigint, prev_hash varchar(64), "
				+ "hash varchar(64))");
		sql.execute("create unique index bench_audit_entry_chain_position_idx on bench_audit_entry (chain_position)");
		sql.execute("create index bench_audit_entry_object_chain_idx on bench_audit_entry (object_type, chain_position)");
		sql.execute("create table bench_audit_chain_head (id int primary key, last_position bigint not null, last_hash varchar(64) not null)");
		sql.execute("insert into bench_audit_chain_head values (1, 0, '" + GENESIS + "')");
		sql.execute("create sequence bench_audit_entry_seq");
	}

	static Void write(String mode, String url, String user, String password, int thread, int writes, int holdMs,
			AtomicLong failed) throws Exception {
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			lockTimeout(db);
			db.setAutoCommit(false);
			for (int i = 0; i < writes; i++) {
				try {
					try (PreparedStatement work = db.prepareStatement("insert into bench_work (body) values (?)")) {
						work.setString(1, "document " + thread + "-" + i + " ".repeat(500));
						work.executeUpdate();
					}
					Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
					String summary = "imported document " + thread + "-" + i;
					if (mode.equals("lock")) {
						long[] position = new long[1];
						String[] previous = new String[1];
						head(db, position, previous);
						long id = position[0] + 1;
						String hash = sha256(id, at, summary, previous[0]);
						insert(db, id, at, summary, id, previous[0], hash);
						try (PreparedStatement move = db.prepareStatement("update bench_audit_chain_head set last_position = ?, last_hash = ? where id = 1")) {
							move.setLong(1, id);
							move.setString(2, hash);
							move.executeUpdate();
						}
					}
					else {
						long id;
						try (Statement next = db.createStatement(); ResultSet rs = next.executeQuery("select nextval('bench_audit_entry_seq')")) {
							rs.next();
							id = rs.getLong(1);
						}
						insert(db, id, at, summary, null, null, null);
					}
					if (holdMs > 0) {
						Thread.sleep(holdMs);
					}
					db.commit();
				}
				catch (SQLException ex) {
					failed.incrementAndGet();
					db.rollback();
				}
			}
		}
		return null;
	}

	/** The appender of the queue mode, as audit.ChainAppender: batches until nothing is pending and writing ended. */
	static Void appendUntilDone(String url, String user, String password, AtomicBoolean writing) throws Exception {
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			db.setAutoCommit(false);
			while (true) {
				boolean stillWriting = writing.get();
				int chained = appendBatch(db);
				db.commit();
				if (chained == 0 && !stillWriting) {
					return null;
				}
				if (chained < BATCH) {
					Thread.sleep(200);
				}
			}
		}
	}

	static int appendBatch(Connection db) throws Exception {
		long[] position = new long[1];
		String[] previous = new String[1];
		head(db, position, previous);
		int chained = 0;
		try (PreparedStatement pending = db.prepareStatement("select id, occurred_at, summary from bench_audit_entry "
				+ "where chain_position is null order by id limit " + BATCH);
				PreparedStatement chain = db.prepareStatement("update bench_audit_entry set chain_position = ?, prev_hash = ?, hash = ? where id = ?");
				ResultSet rows = pending.executeQuery()) {
			while (rows.next()) {
				long id = rows.getLong(1);
				Instant at = rows.getTimestamp(2).toInstant();
				long place = ++position[0];
				String hash = sha256(id, at, rows.getString(3), previous[0]);
				chain.setLong(1, place);
				chain.setString(2, previous[0]);
				chain.setString(3, hash);
				chain.setLong(4, id);
				chain.executeUpdate();
				previous[0] = hash;
				chained++;
			}
		}
		if (chained > 0) {
			try (PreparedStatement move = db.prepareStatement("update bench_audit_chain_head set last_position = ?, last_hash = ? where id = 1")) {
				move.setLong(1, position[0]);
				move.setString(2, previous[0]);
				move.executeUpdate();
			}
		}
		return chained;
	}

	static void head(Connection db, long[] position, String[] hash) throws SQLException {
		try (Statement lock = db.createStatement();
				ResultSet rs = lock.executeQuery("select last_position, last_hash from bench_audit_chain_head where id = 1 for update")) {
			rs.next();
			position[0] = rs.getLong(1);
			hash[0] = rs.getString(2);
		}
	}

	static void insert(Connection db, long id, Instant at, String summary, Long place, String previous, String hash)
			throws SQLException {
		try (PreparedStatement insert = db.prepareStatement("insert into bench_audit_entry (id, occurred_at, actor, action, "
				+ "object_type, object_id, summary, chain_position, prev_hash, hash) values (?, ?, 'office', "
				+ "'document.imported', 'Document', ?, ?, ?, ?, ?)")) {
			insert.setLong(1, id);
			insert.setTimestamp(2, Timestamp.from(at));
			insert.setString(3, Long.toString(id));
			insert.setString(4, summary);
			insert.setObject(5, place);
			insert.setString(6, previous);
			insert.setString(7, hash);
			insert.executeUpdate();
		}
	}

	/** Walks the chain in order; returns how many rows it holds, or fails on a broken link or a row left pending. */
	static long walk(Connection db) throws Exception {
		long place = 0;
		String previous = GENESIS;
		try (Statement sql = db.createStatement();
				ResultSet rows = sql.executeQuery("select id, occurred_at, summary, chain_position, prev_hash, hash "
						+ "from bench_audit_entry order by chain_position")) {
			while (rows.next()) {
				long id = rows.getLong(1);
				if (rows.getLong(4) != place + 1 || !previous.equals(rows.getString(5))
						|| !sha256(id, rows.getTimestamp(2).toInstant(), rows.getString(3), previous).equals(rows.getString(6))) {
					throw new IllegalStateException("chain broken at row " + id);
				}
				place++;
				previous = rows.getString(6);
			}
		}
		return place;
	}

	static String sha256(long id, Instant at, String summary, String previous) throws Exception {
		String canonical = String.join("\u001f", Long.toString(id), at.toString(), "office", "document.imported",
				"Document", Long.toString(id), summary, previous);
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	static void lockTimeout(Connection db) throws SQLException {
		if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			try (Statement sql = db.createStatement()) {
				sql.execute("set lock_timeout = '2s'");
			}
		}
	}

}
