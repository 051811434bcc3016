-- Working-day calendar (工作日历): statutory holidays and make-up working days (调休上班), one row per date.
-- Ordinary weekends have no row. "day" is quoted because DAY is a keyword in H2 (PostgreSQL accepts both).
CREATE TABLE calendar_day
(
  "day" DATE        PRIMARY KEY,
  kind  VARCHAR(10) NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name  VARCHAR(50) NOT NULL
);
