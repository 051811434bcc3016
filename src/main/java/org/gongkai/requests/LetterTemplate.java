package org.gongkai.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One editable reply-letter template (答复告知书模板), with the text it shipped with. */
@Entity
@Table(name = "letter_template")
class LetterTemplate {

	@Id
	private String code;

	@Enumerated(EnumType.STRING)
	private LetterTemplateKind kind;

	/** Where it comes in the console's list. */
	@Column(name = "sort_order")
	private int sortOrder;

	private String body;

	private String shippedBody;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected LetterTemplate() {
	}

	void rewrite(String text, String by, Instant at) {
		this.body = text;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void reset(String by, Instant at) {
		rewrite(shippedBody, by, at);
	}

	String code() {
		return code;
	}

	LetterTemplateKind kind() {
		return kind;
	}

	String body() {
		return body;
	}

	long version() {
		return version;
	}

	LetterTemplateView toView() {
		return new LetterTemplateView(code, kind, LetterTemplateCodes.labelKey(code), body, shippedBody, updatedBy,
				updatedAt, version);
	}

}
