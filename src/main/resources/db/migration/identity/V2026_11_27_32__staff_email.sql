-- Staff e-mail addresses, for deadline reminders (optional).
ALTER TABLE staff_account ADD COLUMN email VARCHAR(200);
