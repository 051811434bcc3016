-- The daily reminder job's lock (issue 16, item 5): a run takes this row (SELECT ... FOR UPDATE) at the start of its
-- one transaction, so that runs on several nodes follow one another: each recipient gets one digest per run and a
-- later run finds the reminders (request_reminder) the earlier one recorded.
CREATE TABLE request_reminder_lock
(
  id INT PRIMARY KEY
);
INSERT INTO request_reminder_lock (id) VALUES (1);
