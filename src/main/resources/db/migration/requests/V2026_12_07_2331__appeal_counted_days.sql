-- The days Table C counts an appeal's filing and decision (requests.Appeal): the days themselves, or, for one
-- recorded after the report on that day's year was published, the day it was recorded, so that a published
-- Table C stays as published. Existing appeals: their own days.
ALTER TABLE request_appeal ADD COLUMN counted_filed_on DATE;
ALTER TABLE request_appeal ADD COLUMN counted_decided_on DATE;
UPDATE request_appeal SET counted_filed_on = filed_on, counted_decided_on = decided_on;
