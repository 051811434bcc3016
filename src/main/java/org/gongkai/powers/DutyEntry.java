package org.gongkai.powers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored responsibility item. */
@Embeddable
class DutyEntry {

	@Enumerated(EnumType.STRING)
	@Column(name = "stage", nullable = false)
	private ResponsibilityStage stage;

	@Column(name = "duty", nullable = false)
	private String duty;

	protected DutyEntry() {
	}

	static DutyEntry of(Responsibility responsibility) {
		DutyEntry entry = new DutyEntry();
		entry.stage = responsibility.stage();
		entry.duty = responsibility.duty().strip();
		return entry;
	}

	Responsibility toResponsibility() {
		return new Responsibility(stage, duty);
	}

}
