-- The latest entry about a kind of object, read once a second by the page cache's validators
-- (AuditLog.latestOf): one index step instead of a scan of every entry of that kind.
CREATE INDEX audit_entry_object_latest_idx ON audit_entry (object_type, id DESC);
