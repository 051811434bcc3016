package org.gongkai.catalogue;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor fills in for a document: the catalogue metadata and the body (rich text, sanitised on
 * save). Bound by the console form and the staff API, never the entity.
 */
public record DocumentMetadata(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String summary,
		@Size(max = 100) String documentNumber, @NotBlank @Size(max = 200) String issuingBody, @NotNull Long unitId,
		@NotNull Long categoryId, @Size(max = 300) String keywords, @NotBlank String documentType,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate formedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, @NotNull Disclosure disclosure,
		ExemptionGround exemptionGround, @Size(max = 500000) String body) {

	public static DocumentMetadata empty(long unitId, String issuingBody, LocalDate today) {
		return new DocumentMetadata("", "", "", issuingBody, unitId, null, "", "", today, null, null,
				Disclosure.PROACTIVE, null, "");
	}

}
