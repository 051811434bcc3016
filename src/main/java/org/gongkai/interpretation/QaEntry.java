package org.gongkai.interpretation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored question and answer of a Q&A interpretation. */
@Embeddable
class QaEntry {

	@Column(name = "question", nullable = false, length = 1000)
	private String question;

	@Column(name = "answer", nullable = false, length = 10000)
	private String answer;

	protected QaEntry() {
	}

	QaEntry(String question, String answer) {
		this.question = question;
		this.answer = answer;
	}

	QaPair toPair() {
		return new QaPair(question, answer);
	}

}
