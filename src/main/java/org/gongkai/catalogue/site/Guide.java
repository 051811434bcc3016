package org.gongkai.catalogue.site;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 政府信息公开指南: the disclosure guide, one editable text (the row with id 1), kept as sanitised HTML.
 */
@Entity
@Table(name = "catalogue_guide")
class Guide {

	static final int ID = 1;

	@Id
	private Integer id;

	private String body;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected Guide() {
	}

	Guide(String sanitizedBody, String by, Instant at) {
		this.id = ID;
		rewrite(sanitizedBody, by, at);
	}

	void rewrite(String sanitizedBody, String by, Instant at) {
		this.body = sanitizedBody;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	GuideView toView() {
		return new GuideView(body, updatedBy, updatedAt, version);
	}

	long getVersion() {
		return version;
	}

}
