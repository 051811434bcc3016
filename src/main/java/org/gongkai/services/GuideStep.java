package org.gongkai.services;

import jakarta.persistence.Embeddable;

/** A step of a guide's process with its time limit in working days and its standard. */
@Embeddable
class GuideStep {

	private String name;

	private Integer days;

	private String standard;

	protected GuideStep() {
	}

	GuideStep(GuideDraft.StepRow row) {
		this.name = row.name().strip();
		this.days = row.days();
		this.standard = org.gongkai.common.Texts.blankToNull(row.standard());
	}

	GuideDraft.StepRow toRow() {
		return new GuideDraft.StepRow(name, days, standard);
	}

}
