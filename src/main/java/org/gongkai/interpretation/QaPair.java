package org.gongkai.interpretation;

import jakarta.validation.constraints.Size;

/** A question and its answer (问答) of a Q&A interpretation; a pair with both blank is an unused form row. */
public record QaPair(@Size(max = 1000) String question, @Size(max = 10000) String answer) {

	public boolean blank() {
		return (question == null || question.isBlank()) && (answer == null || answer.isBlank());
	}

}
