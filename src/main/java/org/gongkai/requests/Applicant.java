package org.gongkai.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The applicant as the application names them: personal data, shown in full only to the case's handlers. For an
 * organisation {@code name} is the organisation's, {@code idNumber} its unified social credit code and
 * {@code contactPerson} who acts for it.
 */
@Embeddable
class Applicant {

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_kind")
	private ApplicantKind kind;

	@Column(name = "applicant_name")
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "id_type")
	private IdType idType;

	@Column(name = "id_number")
	private String idNumber;

	private String contactPerson;

	private String phone;

	private String email;

	private String address;

	private String postcode;

	protected Applicant() {
	}

	Applicant(ApplicantKind kind, String name, IdType idType, String idNumber, String contactPerson, String phone,
			String email, String address, String postcode) {
		this.kind = kind;
		this.name = name;
		this.idType = idType;
		this.idNumber = idNumber;
		this.contactPerson = contactPerson;
		this.phone = phone;
		this.email = email;
		this.address = address;
		this.postcode = postcode;
	}

	ApplicantKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	IdType idType() {
		return idType;
	}

	String idNumber() {
		return idNumber;
	}

	String contactPerson() {
		return contactPerson;
	}

	String phone() {
		return phone;
	}

	String email() {
		return email;
	}

	String address() {
		return address;
	}

	String postcode() {
		return postcode;
	}

}
