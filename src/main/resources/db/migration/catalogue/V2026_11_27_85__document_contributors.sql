-- Everyone who created or changed any version of a document's draft (四眼原则: none of them may do its
-- confidentiality review). Drafts from before this table: the creator, and whoever the audit log shows saving
-- the draft or changing its attachments.
CREATE TABLE catalogue_document_contributor
(
  document_id BIGINT      NOT NULL REFERENCES catalogue_document (id),
  username    VARCHAR(40) NOT NULL,
  PRIMARY KEY (document_id, username)
);

INSERT INTO catalogue_document_contributor (document_id, username)
SELECT d.id, d.created_by
FROM catalogue_document d
UNION
SELECT d.id, a.actor
FROM catalogue_document d
       JOIN audit_entry a ON a.object_type = 'Document' AND a.object_id = CAST(d.id AS VARCHAR(20))
WHERE a.action IN ('document.updated', 'attachment.added', 'attachment.removed')
  AND LENGTH(a.actor) <= 40;
