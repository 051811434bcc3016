package org.gongkai.powers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An intermediary service (中介服务) an approval item needs, e.g. a technical appraisal before a licence. */
@Entity
@Table(name = "power_intermediary")
class Intermediary {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long itemId;

	private String name;

	private String basis;

	private String timeLimit;

	private String providerRequirements;

	protected Intermediary() {
	}

	Intermediary(long itemId, IntermediaryDraft draft) {
		this.itemId = itemId;
		this.name = draft.name().strip();
		this.basis = draft.basis().strip();
		this.timeLimit = PowerDraft.trimmed(draft.timeLimit());
		this.providerRequirements = PowerDraft.trimmed(draft.providerRequirements());
	}

	long getItemId() {
		return itemId;
	}

	IntermediaryView toView() {
		return new IntermediaryView(id, name, basis, timeLimit, providerRequirements);
	}

}
