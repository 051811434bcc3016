-- Where the annual report counts a concluded application (requests.ReportStanding), fixed when it is concluded, so
-- that Table B is a few grouped counts in SQL instead of a year's applications loaded into memory:
--   report_row  the result row of Table B (NULL for a reply whose items are not all decided: damaged data);
--   counted_on  the day the report counts the conclusion: the reply's day, or the closure's without a reply; for a
--               conclusion recorded after its year's report was published, the day it was recorded.
ALTER TABLE disclosure_request ADD COLUMN report_row VARCHAR(40);
ALTER TABLE disclosure_request ADD COLUMN counted_on DATE;

-- Existing rows: the day they were concluded (no recording time is kept for them; published years are new).
UPDATE disclosure_request SET counted_on = COALESCE(replied_on, closed_on);

-- A closure without a reply counts in its own row (Closure.row()).
UPDATE disclosure_request SET report_row = CASE closure WHEN 'WITHDRAWN' THEN 'OTHER'
    WHEN 'NOT_CORRECTED' THEN 'OTHER_NOT_CORRECTED' WHEN 'UNPAID' THEN 'OTHER_UNPAID' END
  WHERE closure IN ('WITHDRAWN', 'NOT_CORRECTED', 'UNPAID');

-- Each item's row (ReplyType.row(ground)); NULL while undecided.
CREATE TABLE request_item_row_2330 AS
SELECT i.request_id AS request_id, i.item_order AS item_order,
       CASE i.reply
         WHEN 'ALREADY_PUBLIC' THEN 'DISCLOSED'
         WHEN 'DISCLOSED' THEN 'DISCLOSED'
         WHEN 'PARTLY_DISCLOSED' THEN 'PARTLY_DISCLOSED'
         WHEN 'NOT_DISCLOSED' THEN COALESCE(CASE i.ground
             WHEN 'STATE_SECRET' THEN 'WITHHELD_STATE_SECRET'
             WHEN 'LAW_FORBIDS' THEN 'WITHHELD_LAW_FORBIDS'
             WHEN 'SECURITY_STABILITY' THEN 'WITHHELD_SECURITY_STABILITY'
             WHEN 'THIRD_PARTY_RIGHTS' THEN 'WITHHELD_THIRD_PARTY'
             WHEN 'INTERNAL_AFFAIRS' THEN 'WITHHELD_INTERNAL_AFFAIRS'
             WHEN 'PROCESS_INFORMATION' THEN 'WITHHELD_PROCESS_INFORMATION'
             WHEN 'ENFORCEMENT_FILES' THEN 'WITHHELD_ENFORCEMENT_FILES' END, 'OTHER')
         WHEN 'NOT_EXIST' THEN 'UNABLE_NOT_HELD'
         WHEN 'NOT_OURS' THEN 'UNABLE_NOT_HELD'
         WHEN 'REPEAT' THEN 'NOT_HANDLED_REPEAT'
         WHEN 'SPECIAL_LAW' THEN 'WITHHELD_SPECIAL_LAW'
         WHEN 'NEEDS_COMPILING' THEN 'UNABLE_NEEDS_COMPILING'
         WHEN 'UNCLEAR_AFTER_CORRECTION' THEN 'UNABLE_UNCLEAR'
         WHEN 'PETITION' THEN 'NOT_HANDLED_PETITION'
         WHEN 'PUBLICATIONS' THEN 'NOT_HANDLED_PUBLICATIONS'
         WHEN 'EXCESSIVE' THEN 'NOT_HANDLED_EXCESSIVE'
         WHEN 'CONFIRM_OR_REISSUE' THEN 'NOT_HANDLED_CONFIRM'
       END AS item_row
FROM request_item i;
-- Without it every subquery below reads the whole table once per application: the migration took 80 s at 20,000
-- applications and had not finished after 40 minutes at 56,000 (the bench load of issue 16).
CREATE INDEX request_item_row_2330_idx ON request_item_row_2330 (request_id, item_order);

-- A reply with every item decided (DisclosureRequest.reportRow()): the items' one row; else 部分公开 when anything
-- was released; else the first item's row.
UPDATE disclosure_request r SET report_row = CASE
    WHEN (SELECT COUNT(DISTINCT t.item_row) FROM request_item_row_2330 t WHERE t.request_id = r.id) = 1
      THEN (SELECT MIN(t.item_row) FROM request_item_row_2330 t WHERE t.request_id = r.id)
    WHEN EXISTS (SELECT 1 FROM request_item_row_2330 t WHERE t.request_id = r.id
                   AND t.item_row IN ('DISCLOSED', 'PARTLY_DISCLOSED'))
      THEN 'PARTLY_DISCLOSED'
    ELSE (SELECT MIN(t.item_row) FROM request_item_row_2330 t WHERE t.request_id = r.id
            AND t.item_order = (SELECT MIN(u.item_order) FROM request_item_row_2330 u WHERE u.request_id = r.id))
  END
  WHERE r.replied_on IS NOT NULL AND r.report_row IS NULL
    AND NOT EXISTS (SELECT 1 FROM request_item_row_2330 t WHERE t.request_id = r.id AND t.item_row IS NULL);

DROP TABLE request_item_row_2330;

-- Table B's lines: concluded (counted) in a year, and still open at a year's end.
CREATE INDEX disclosure_request_counted_idx ON disclosure_request (counted_on, received_on);
