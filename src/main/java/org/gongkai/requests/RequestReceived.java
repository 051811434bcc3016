package org.gongkai.requests;

import java.time.LocalDate;

/**
 * Published when an application is received, so that the acknowledgement goes to the applicant's e-mail address
 * (if one was given) after the transaction commits.
 */
public record RequestReceived(String trackingNumber, String email, LocalDate receivedOn, LocalDate dueDate) {
}
