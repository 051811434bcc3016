package org.gongkai.requests;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A year whose annual report the office has published: its figures are computed from the applications registered
 * up to {@code publishedAt} only, so that the published tables stay as they were; an application registered later
 * with a receipt date in the year is a correction to it ({@link AnnualStatistics#corrections()}).
 */
@Entity
@Table(name = "request_report_year")
class PublishedYear {

	@Id
	private Integer reportYear;

	private Instant publishedAt;

	private String publishedBy;

	protected PublishedYear() {
	}

	PublishedYear(int reportYear, Instant publishedAt, String publishedBy) {
		this.reportYear = reportYear;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	AnnualStatistics.Publication view() {
		return new AnnualStatistics.Publication(publishedAt, publishedBy);
	}

	/** The moment of publication: the year's figures count what was registered and recorded by then. */
	Instant at() {
		return publishedAt;
	}

}
