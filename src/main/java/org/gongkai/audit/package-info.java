/**
 * Append-only, hash-chained log of every state change (审计日志): modules publish {@link org.gongkai.audit.AuditEvent}s,
 * this module records them in the publisher's transaction, lets staff browse, verify and export them.
 *
 * <h2>The chain without a global lock</h2>
 * Each row carries the SHA-256 of its fields and of the previous row's hash, so that a row altered, removed or put
 * in is found by walking the chain ({@code AuditLog.verify()}, the console's 校验哈希链, {@code POST
 * /api/v1/admin/audit/verify}). Chaining needs the previous row's hash, so appending is inherently one after
 * another; the question is who waits. Formerly every writer locked the chain's head row inside its own
 * transaction and kept it until commit: every audited write of the application, on every node, queued behind the
 * slowest open transaction (an import), and a wait over the lock timeout answered 500.
 * <p>
 * Now the two halves are apart:
 * <ul>
 * <li><b>Writers</b> ({@code AuditTrail}) insert their row <em>pending</em> in their own transaction: a number
 * from the sequence {@code audit_entry_seq}, no chain columns, no lock. The row commits or rolls back with the
 * change it records, as before, and is in the log (and the page cache's version, {@code AuditLog.latestOf}) at
 * once; the log marks it 待入链 until it is chained.</li>
 * <li><b>One appender at a time</b> ({@code ChainAppender}, every 200 ms on every node, and before each
 * verification) chains pending rows in the order of their numbers, in batches, each batch one short transaction
 * of its own that begins by locking the head row. Only appenders take that lock, so a second node's appender
 * waits for one batch at most and then continues from the head the first one left: the chain cannot fork, and a
 * unique index on {@code chain_position} would refuse a fork even if a lock failed. A node that dies mid-batch
 * rolls the whole batch back: its rows stay pending, the head stays put, nothing is half chained.</li>
 * <li><b>Verification</b> ({@code ChainWalk}) walks the rows in chain order (place 1, 2, 3 ...), checks each
 * place, link and hash, then the head (the last place and hash the appender recorded): a row removed in the
 * middle is a gap, at the end a short chain, a row put in breaks the next link or stands behind the head. Rows
 * still pending are counted and reported apart: they are recorded but not yet protected.</li>
 * </ul>
 * Why this design rather than chains per partition anchored together: it keeps one chain, one verification and
 * one order of the whole log (what an auditor reads), needs no new infrastructure and no new dependency, and its
 * only serialised part, the appender, does a few milliseconds of work per batch of 500 rows, far beyond the
 * application's write rate. ShedLock (planned for other jobs) would only spare idle appenders a query; the head's
 * row lock, taken in the same transaction that chains, is what keeps the chain whole, so it stays the guard. The
 * cost: a row is unprotected for the fraction of a second before it is chained, as it was while it sat in its
 * writer's open transaction before. As before, whoever can write to the database can also add a row that looks
 * written by the product (then a chained row with its hash computed and the head moved, now also a pending row):
 * the chain guards what was recorded against change, not the database against its administrators. Entry numbers now come from a sequence and may have holes (a rolled-back
 * write); the chain's own places have none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "common")
package org.gongkai.audit;
