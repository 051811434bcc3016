-- A document's page lists the documents it replaces (successor_id = its id). PostgreSQL does not index a
-- foreign key by itself, and H2 chose the index of public documents when the query also named status and
-- disclosure; this index serves the lookup on both.
CREATE INDEX catalogue_document_successor_idx ON catalogue_document (successor_id);
