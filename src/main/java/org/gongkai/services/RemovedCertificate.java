package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certificate applicants no longer have to bring (证明事项清理): what it was for, what replaces it, since when. */
@Entity
@Table(name = "removed_certificate")
class RemovedCertificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String formerlyFor;

	private String issuedBy;

	@Enumerated(EnumType.STRING)
	private Replacement replacedBy;

	private String basis;

	private LocalDate removedOn;

	private String recordedBy;

	private Instant recordedAt;

	protected RemovedCertificate() {
	}

	RemovedCertificate(CertificateForm form, String by, Instant at) {
		this.name = form.name().strip();
		this.formerlyFor = form.formerlyFor().strip();
		this.issuedBy = org.gongkai.common.Texts.blankToNull(form.issuedBy());
		this.replacedBy = form.replacedBy();
		this.basis = form.basis().strip();
		this.removedOn = form.removedOn();
		this.recordedBy = by;
		this.recordedAt = at;
	}

	Long getId() {
		return id;
	}

	CertificateView toView() {
		return new CertificateView(id, name, formerlyFor, issuedBy, replacedBy, basis, removedOn);
	}

}
