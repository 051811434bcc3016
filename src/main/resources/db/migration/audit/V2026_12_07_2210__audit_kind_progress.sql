-- How many rows of each kind of object the chain holds, kept by the appender in the transaction that chains them
-- (audit.ChainAppender). A kind's version for the page cache (AuditLog.latestOf) is this count plus the kind's
-- pending rows: it moves with every committed entry and not when the appender merely chains one (the last place
-- in the chain did, so a page was rendered again after every append although nothing had changed).
CREATE TABLE audit_kind_progress (
    object_type VARCHAR(100) NOT NULL PRIMARY KEY,
    chained BIGINT NOT NULL
);
INSERT INTO audit_kind_progress (object_type, chained)
SELECT object_type, COUNT(*) FROM audit_entry
WHERE object_type IS NOT NULL AND chain_position IS NOT NULL
GROUP BY object_type;
