-- Idempotency-Key of the public API bound to the body (issue 14, item 9): the SHA-256 of the canonical body sent
-- with the key, and the query code sealed under a key derived from client, key and body, for the retry's answer.
ALTER TABLE disclosure_request ADD COLUMN submission_body_sha256 VARCHAR(64);
ALTER TABLE disclosure_request ADD COLUMN sealed_query_code VARCHAR(64);
