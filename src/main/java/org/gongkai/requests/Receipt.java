package org.gongkai.requests;

import java.time.LocalDate;

/**
 * What the applicant keeps (回执): the tracking number and the secret query code (shown this once; only its hash is
 * stored), the receipt date and the due date as it stands at receipt.
 *
 * @param queryCode {@code null} when the receipt is shown again for a repeated submission
 * @param dueDateProvisional the due date runs into a year whose holiday notice is not loaded: it counts the
 * statutory holidays only and may move when the notice is loaded ({@code DueDate.provisional()})
 */
public record Receipt(String trackingNumber, String queryCode, LocalDate receivedOn, LocalDate dueDate,
		boolean dueDateProvisional) {
}
