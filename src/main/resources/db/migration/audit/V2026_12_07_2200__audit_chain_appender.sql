-- The audit chain without a global lock (issue 16, item 7). Writers insert their row pending (a number from
-- audit_entry_seq, no chain columns) in their own transaction; the appender (audit.ChainAppender) chains pending
-- rows in batches: it alone locks audit_chain_head, sets each row's place, previous hash and hash.
ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT;
-- Every row so far was chained under the head's lock, numbered 1, 2, 3 ... in chain order.
UPDATE audit_entry SET chain_position = id;
ALTER TABLE audit_entry ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
-- One row per place: a second appender can never fork the chain, even if a lock failed. Also the verification's
-- walk in chain order and the appender's "pending" lookup (chain_position IS NULL).
CREATE UNIQUE INDEX audit_entry_chain_position_idx ON audit_entry (chain_position);
-- The page cache's version of a kind of object (AuditLog.latestOf): its last place in the chain, its pending rows.
CREATE INDEX audit_entry_object_chain_idx ON audit_entry (object_type, chain_position);
ALTER TABLE audit_chain_head RENAME COLUMN last_id TO last_position;
-- Entry numbers; V2026_12_07_2201 (a Java migration: the start depends on the rows) moves it past the last row.
CREATE SEQUENCE audit_entry_seq;
