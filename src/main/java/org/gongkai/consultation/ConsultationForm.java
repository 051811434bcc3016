package org.gongkai.consultation;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the drafting unit fills in for a consultation. The draft text is pasted whole and split into articles
 * by {@link DraftText} (第一条, 第二条 … or, without them, paragraphs).
 */
public record ConsultationForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String explanation,
		@NotNull Long unitId, @NotBlank @Size(max = 300) String contact, boolean normative,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
		@Size(max = 1000) String shortPeriodReason, @NotBlank @Size(max = 200000) String draftText) {

	public static ConsultationForm empty(long unitId) {
		return new ConsultationForm("", "", unitId, "", false, null, null, "", "");
	}

}
