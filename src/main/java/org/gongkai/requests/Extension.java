package org.gongkai.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 延期: the one extension of the reply period (approved by the head of the disclosure office, the applicant told) and
 * the proposal awaiting that decision (columns of {@code disclosure_request}). A proposal is decided by someone else
 * than its proposer ({@code FourEyes}); approving it grants its days and clears it, refusing only clears it.
 */
@Embeddable
class Extension {

	@Column(name = "extension_days")
	private int days;

	@Column(name = "extension_reason")
	private String reason;

	@Column(name = "extended_on")
	private LocalDate extendedOn;

	@Column(name = "proposed_extension_days")
	private Integer proposedDays;

	@Column(name = "proposed_extension_reason")
	private String proposedReason;

	@Column(name = "proposed_extension_by")
	private String proposedBy;

	void propose(int days, String reason, String by) {
		this.proposedDays = days;
		this.proposedReason = reason;
		this.proposedBy = by;
	}

	void approve(LocalDate on) {
		this.days = proposedDays;
		this.reason = proposedReason;
		this.extendedOn = on;
		clearProposal();
	}

	void refuse() {
		clearProposal();
	}

	private void clearProposal() {
		this.proposedDays = null;
		this.proposedReason = null;
		this.proposedBy = null;
	}

	boolean granted() {
		return extendedOn != null;
	}

	int days() {
		return days;
	}

	String reason() {
		return reason;
	}

	LocalDate extendedOn() {
		return extendedOn;
	}

	Integer proposedDays() {
		return proposedDays;
	}

	String proposedReason() {
		return proposedReason;
	}

	String proposedBy() {
		return proposedBy;
	}

}
