-- Years whose annual report is published (issue 16, item 6): their figures stay as published; an application
-- registered later with a receipt date in such a year is listed as a correction to it, not silently added.
CREATE TABLE request_report_year
(
  report_year  INT          NOT NULL PRIMARY KEY,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by VARCHAR(100) NOT NULL
);
