package org.gongkai.requests.site;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

import org.gongkai.requests.Receipt;

/**
 * Receipts kept in the applicant's own HTTP session under the form's one-time key, so that the same browser sees
 * its receipt, query code included, again after a double click or the back button. The code exists nowhere else in
 * readable form; a receipt with a code is never replaced by one without (a parallel duplicate that lost the race).
 */
final class KeptReceipts {

	private static final String PREFIX = KeptReceipts.class.getName() + ".";

	private KeptReceipts() {
	}

	/** A receipt as the session keeps it (serialisable, for sessions stored outside the JVM). */
	record Kept(String trackingNumber, String queryCode, LocalDate receivedOn, LocalDate dueDate,
			boolean dueDateProvisional) implements Serializable {

		static Kept of(Receipt receipt) {
			return new Kept(receipt.trackingNumber(), receipt.queryCode(), receipt.receivedOn(), receipt.dueDate(),
					receipt.dueDateProvisional());
		}

	}

	static Optional<Kept> find(HttpSession session, String submissionKey) {
		if (session == null || submissionKey == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((Kept) session.getAttribute(PREFIX + submissionKey));
	}

	static void keep(HttpSession session, String submissionKey, Receipt receipt) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Optional<Kept> earlier = find(session, submissionKey);
			if (earlier.isEmpty() || earlier.get().queryCode() == null) {
				session.setAttribute(PREFIX + submissionKey, Kept.of(receipt));
			}
		}
	}

}
