/**
 * Outgoing e-mail (邮件通知): any module publishes an {@link org.gongkai.mail.OutgoingMail} in its transaction;
 * this module keeps it in an outbox, sends it after commit over SMTP, retries failures and shows staff what
 * was sent, with the recipient masked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "common", "audit", "identity" })
package org.gongkai.mail;
