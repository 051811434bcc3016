package org.gongkai.consultation.console;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.consultation.ConsultationForm;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The small forms of the consultation console; each keeps what was typed when it is refused. */
public final class ConsoleForms {

	private ConsoleForms() {
	}

	/** A published consultation's dates: the text is fixed once comments can anchor to it. */
	public record Dates(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@Size(max = 1000) String shortPeriodReason) {

		static Dates of(ConsultationForm form) {
			return new Dates(form.opensOn(), form.closesOn(), form.shortPeriodReason());
		}

		/** The stored form with these dates: the facade changes only the dates of a published consultation. */
		ConsultationForm applyTo(ConsultationForm stored) {
			return new ConsultationForm(stored.title(), stored.explanation(), stored.unitId(), stored.contact(),
					stored.normative(), opensOn, closesOn, shortPeriodReason, stored.draftText());
		}

	}

	/** One file published with the draft (form field {@code file}). */
	public record Upload(MultipartFile file) {

		static Upload empty() {
			return new Upload(null);
		}

	}

	/** The overall feedback text and the final decision document (its catalogue id). */
	public record Outcome(@Size(max = 20000) String summary, Long finalDocumentId) {
	}

	/** The sensitive-word list, one word a line. */
	public record Words(@Size(max = 110000) String words) {
	}

}
