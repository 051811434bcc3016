-- Whether the account's password was last set by someone other than its owner (a reset by an administrator or
-- unit head): such an account holds no role that opens personal data until its owner has chosen a password.
ALTER TABLE staff_account ADD COLUMN password_set_by_other BOOLEAN DEFAULT FALSE NOT NULL;
