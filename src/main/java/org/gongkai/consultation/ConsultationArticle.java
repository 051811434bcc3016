package org.gongkai.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One article (条) or paragraph of a draft: what a comment can be anchored to. */
@Entity
@Table(name = "consultation_article")
class ConsultationArticle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	@Column(name = "article_order")
	private int position;

	private String label;

	private String body;

	protected ConsultationArticle() {
	}

	ConsultationArticle(Consultation consultation, int position, String label, String body) {
		this.consultation = consultation;
		this.position = position;
		this.label = label;
		this.body = body;
	}

	Long id() {
		return id;
	}

	int position() {
		return position;
	}

	String label() {
		return label;
	}

	String body() {
		return body;
	}

}
