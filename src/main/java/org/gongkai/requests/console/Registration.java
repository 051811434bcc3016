package org.gongkai.requests.console;

import java.io.Serializable;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import org.gongkai.requests.Channel;
import org.gongkai.requests.Receipt;

/**
 * How a paper application came in: the channel (当面, 信函, 传真) and the day it was received (for registered post
 * the day it was signed for). The application itself is an {@link org.gongkai.requests.ApplicationForm}.
 */
record Registration(Channel channel, @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn) {

	/**
	 * The receipt to hand or post to the applicant (回执), carried to the next page once: the query code is shown
	 * only this time.
	 */
	record Slip(long caseId, String trackingNumber, String queryCode, LocalDate receivedOn, LocalDate dueDate,
			boolean dueDateProvisional, Channel channel) implements Serializable {

		static Slip of(long caseId, Receipt receipt, Channel channel) {
			return new Slip(caseId, receipt.trackingNumber(), receipt.queryCode(), receipt.receivedOn(),
					receipt.dueDate(), receipt.dueDateProvisional(), channel);
		}

	}

}
