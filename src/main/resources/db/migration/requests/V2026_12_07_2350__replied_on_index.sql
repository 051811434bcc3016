-- The figures of the year (home page, and the page cache's check of whether public content changed, every few
-- seconds) count the answers of a period and read the latest answer: without an index each was a scan of every
-- application ever received (issue 16, seen in the profile of the tracking lookup at 20,000 applications).
CREATE INDEX disclosure_request_replied_idx ON disclosure_request (replied_on);
