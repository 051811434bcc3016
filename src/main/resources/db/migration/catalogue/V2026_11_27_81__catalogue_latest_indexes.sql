-- Public lists newest first read the first rows of an index instead of sorting every public document
-- (100,000 in the benchmark): the catalogue, the documents API, feeds, and the related documents of a page.
-- Their ORDER BY starts with the equality columns (status, disclosure[, category]) so that H2 reads the index
-- in order; PostgreSQL would without.
CREATE INDEX catalogue_document_latest_idx ON catalogue_document (status, disclosure, published_at DESC, id DESC);
CREATE INDEX catalogue_document_category_latest_idx
  ON catalogue_document (category_id, status, disclosure, published_at DESC, id DESC);
DROP INDEX catalogue_document_public_idx;
