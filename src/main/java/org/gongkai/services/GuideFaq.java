package org.gongkai.services;

import jakarta.persistence.Embeddable;

/** A frequently asked question of a guide and its answer. */
@Embeddable
class GuideFaq {

	private String question;

	private String answer;

	protected GuideFaq() {
	}

	GuideFaq(GuideDraft.FaqRow row) {
		this.question = row.question().strip();
		this.answer = row.answer().strip();
	}

	GuideDraft.FaqRow toRow() {
		return new GuideDraft.FaqRow(question, answer);
	}

}
