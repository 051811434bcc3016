-- Append-only audit log; each row carries the SHA-256 of its fields and of the previous row's hash.
CREATE TABLE audit_entry
(
  id             BIGINT PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(100)  NOT NULL,
  actor_unit     VARCHAR(200),
  action         VARCHAR(100)  NOT NULL,
  object_type    VARCHAR(100)  NOT NULL,
  object_id      VARCHAR(100),
  summary        VARCHAR(2000) NOT NULL,
  client_address VARCHAR(64)   NOT NULL,
  prev_hash      VARCHAR(64)      NOT NULL,
  hash           VARCHAR(64)      NOT NULL
);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);

-- The end of the chain; appending locks this row so that writers never fork the chain.
CREATE TABLE audit_chain_head
(
  id        INT PRIMARY KEY,
  last_id   BIGINT   NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
