package org.gongkai.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A record as the staff who handle it see it: unmasked (every such view is audited), with its deadline, its history
 * and whether the member may publish it (the four-eyes refusal's message key, or null).
 */
@Schema(name = "PublicityStaffRecord")
public record StaffRecord(long id, String publicId, PublicityDraft fields, Long unitId, RecordSource source,
		String caseNumber, RecordStatus status, LocalDate dueOn, boolean dueProvisional, boolean overdue,
		LocalDate publishedOn, boolean late, String registeredBy, String publishedBy, LocalDate withdrawnOn,
		String withdrawalReason, List<HistoryEntry> history, String publishRefusal) {

	/** One step of the history. */
	@Schema(name = "PublicityHistoryEntry")
	public record HistoryEntry(Instant at, String action, String actor, String reason, String changes) {

		public String messageKey() {
			return "publicity.history." + action;
		}

	}

	public PublicityKind kind() {
		return fields.kind();
	}

	public String publicPath() {
		return "/publicity/" + fields.kind().path() + "/" + publicId;
	}

}
