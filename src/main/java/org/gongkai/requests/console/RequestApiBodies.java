package org.gongkai.requests.console;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Page;

import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Channel;
import org.gongkai.requests.RequestSummary;

/** Bodies of the staff API for applications that are not a step's form ({@link CaseForms}). */
final class RequestApiBodies {

	private RequestApiBodies() {
	}

	/**
	 * An application received in person, by post or by fax: the application as the public form has it, the
	 * channel (IN_PERSON, POST, FAX) and the day received (registered post: the day signed for).
	 */
	record Registration(@NotNull @Valid ApplicationForm application, Channel channel, LocalDate receivedOn) {
	}

	/** The receipt of a registration: the query code is given this once. */
	record Registered(long id, String trackingNumber, String queryCode, LocalDate receivedOn, LocalDate dueDate) {
	}

	/** The reply letter drafted from the decisions, for the handler to edit before issuing. */
	record LetterDraft(String letter) {
	}

	/** One page of the inbox. */
	record InboxPage(List<RequestSummary> items, int page, int size, long totalItems, int totalPages) {

		static InboxPage of(Page<RequestSummary> page) {
			return new InboxPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

}
