-- The clock's state stored with the application (issue 16, item 1), so that the inbox, the badges, the dashboard,
-- the reminders and the statistics read it with indexed SQL instead of computing every open clock in memory.
-- Written in the same transaction by every step (requests.ClockState) and again for open applications when the
-- calendar changes. SQL cannot count working days: existing rows keep clock_as_of NULL here and are filled at
-- start-up, in batches, by requests.ClockStateBackfill (idempotent: it only picks rows whose clock_as_of is NULL).
ALTER TABLE disclosure_request ADD COLUMN due_on DATE;
ALTER TABLE disclosure_request ADD COLUMN clock_running BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE disclosure_request ADD COLUMN clock_stopped BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE disclosure_request ADD COLUMN working_days_used INT;
ALTER TABLE disclosure_request ADD COLUMN working_days_left INT;
ALTER TABLE disclosure_request ADD COLUMN due_provisional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE disclosure_request ADD COLUMN clock_as_of DATE;

-- Overdue badge and due-soon card: one range over the running clocks' due dates.
CREATE INDEX disclosure_request_running_due_idx ON disclosure_request (clock_running, due_on);
-- The inbox by state and due date; the back-fill's and the recompute's batches.
CREATE INDEX disclosure_request_status_due_idx ON disclosure_request (status, due_on);
CREATE INDEX disclosure_request_clock_as_of_idx ON disclosure_request (clock_as_of);
-- The reminders' lapsed stops: open stops (resumed_on NULL) whose other side's deadline passed.
CREATE INDEX request_clock_stop_open_idx ON request_clock_stop (resumed_on, answer_due);
