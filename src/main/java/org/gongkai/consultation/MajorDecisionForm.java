package org.gongkai.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What staff fill in for a major decision (the console form and the staff API body): the title, what is being
 * decided and why, the responsible unit (承办单位), and optionally the consultation it was put to, the catalogue
 * document that announced the result, and the date it was decided.
 */
public record MajorDecisionForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String summary,
		@NotNull Long unitId, @Positive Long consultationId, @Positive Long resultDocumentId, LocalDate decidedOn) {

	public static MajorDecisionForm empty(long unitId) {
		return new MajorDecisionForm("", "", unitId, null, null, null);
	}

}
