package org.gongkai.mail;

/** Internal: a stored mail is ready for an attempt once the transaction that stored it commits. */
record MailQueued(long id) {
}
