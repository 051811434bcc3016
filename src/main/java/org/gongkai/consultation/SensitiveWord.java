package org.gongkai.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word that flags a comment for the moderator's attention (敏感词); it never refuses a comment by itself. */
@Entity
@Table(name = "consultation_sensitive_word")
class SensitiveWord {

	@Id
	private String word;

	protected SensitiveWord() {
	}

	SensitiveWord(String word) {
		this.word = word;
	}

	String word() {
		return word;
	}

}
