package org.gongkai.publicity;

import org.gongkai.common.PartyMasking;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A line of the console list. The party is masked here as in public: the unmasked name is on the record page, whose
 * every view is audited.
 */
@Schema(name = "PublicityStaffRow")
public record StaffRow(long id, PublicityKind kind, String decisionNumber, String title, String partyName,
		String authority, LocalDate decidedOn, RecordStatus status, LocalDate dueOn, boolean dueProvisional,
		boolean overdue, boolean late, String registeredBy) {

	static StaffRow of(PublicityRecord r, LocalDate today) {
		return new StaffRow(r.getId(), r.getKind(), r.getDecisionNumber(), r.getTitle(),
				PartyMasking.name(r.getPartyName(), r.isNaturalPerson()), r.getAuthority(), r.getDecidedOn(),
				r.getStatus(), r.getDueOn(), r.isDueProvisional(),
				r.getStatus() == RecordStatus.AWAITING && r.getDueOn().isBefore(today), r.isLate(),
				r.getRegisteredBy());
	}

}
