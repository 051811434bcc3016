package org.gongkai.publicity;

import org.gongkai.common.PartyMasking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record as the public sees it (pages, API, CSV, feed): a natural person's name and ID number are already masked
 * ({@link PartyMasking}); the unmasked values never reach this type.
 *
 * @param late published after its due day
 * @param notes the corrections (date and reason) and the withdrawal of a record page; empty in lists
 */
public record PublicRecord(String publicId, PublicityKind kind, String decisionNumber, String title,
		String licenceCategory, PenaltyCategory penaltyCategory, String content, String facts, String basis,
		String result, String partyName, boolean naturalPerson, String partyCode, String authority,
		LocalDate decidedOn, LocalDate validFrom, LocalDate validUntil, String powerCode, RecordStatus status,
		LocalDate publishedOn, Instant updatedAt, boolean late, LocalDate correctedOn, LocalDate withdrawnOn,
		String withdrawalReason, List<Note> notes) {

	/** A public note on the record: a correction or the withdrawal, with its day and reason. */
	public record Note(LocalDate on, String action, String reason) {

		public String messageKey() {
			return "publicity.history." + action;
		}

	}

	public String path() {
		return "/publicity/" + kind.path() + "/" + publicId;
	}

	static PublicRecord of(PublicityRecord r, List<Note> notes) {
		boolean person = r.isNaturalPerson();
		return new PublicRecord(r.getPublicId(), r.getKind(), r.getDecisionNumber(), r.getTitle(),
				r.getLicenceCategory(), r.getPenaltyCategory(), r.getContent(), r.getFacts(), r.getBasis(),
				r.getResult(), PartyMasking.name(r.getPartyName(), person), person,
				PartyMasking.code(r.getPartyCode(), person), r.getAuthority(), r.getDecidedOn(), r.getValidFrom(),
				r.getValidUntil(), r.getPowerCode(), r.getStatus(), r.getPublishedOn(), r.getUpdatedAt(), r.isLate(),
				r.getCorrectedOn(), r.getWithdrawnOn(), r.getWithdrawalReason(), List.copyOf(notes));
	}

}
