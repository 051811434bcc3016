-- Everyone who created or changed a consultation (四眼原则: none of them does the confidentiality review that
-- publishes it). Consultations from before this table: the creator, and whoever the audit log shows changing the
-- consultation or its files.
CREATE TABLE consultation_contributor
(
  consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
  username        VARCHAR(40) NOT NULL,
  PRIMARY KEY (consultation_id, username)
);

INSERT INTO consultation_contributor (consultation_id, username)
SELECT c.id, c.created_by
FROM consultation c
UNION
SELECT c.id, a.actor
FROM consultation c
       JOIN audit_entry a ON a.object_type = 'Consultation' AND a.object_id = CAST(c.id AS VARCHAR(20))
WHERE a.action IN ('consultation.updated', 'consultation.file.added', 'consultation.file.removed')
  AND LENGTH(a.actor) <= 40;
