package org.gongkai.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Opinions of the same substance grouped by the drafting unit, with what it did with them and why. */
@Entity
@Table(name = "consultation_opinion_group")
class ConsultationOpinionGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	@Column(name = "group_order")
	private int position;

	private String summary;

	@Enumerated(EnumType.STRING)
	private Adoption adoption;

	private String reason;

	protected ConsultationOpinionGroup() {
	}

	ConsultationOpinionGroup(Consultation consultation, int position, String summary, Adoption adoption,
			String reason) {
		this.consultation = consultation;
		this.position = position;
		this.summary = summary;
		this.adoption = adoption;
		this.reason = reason;
	}

	void edit(String summary, Adoption adoption, String reason) {
		this.summary = summary;
		this.adoption = adoption;
		this.reason = reason;
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long id() {
		return id;
	}

	int position() {
		return position;
	}

	String summary() {
		return summary;
	}

	Adoption adoption() {
		return adoption;
	}

	String reason() {
		return reason;
	}

}
