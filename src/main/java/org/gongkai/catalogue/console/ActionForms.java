package org.gongkai.catalogue.console;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.Validity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The small forms of a document's page, one per workflow step; each keeps what was typed when refused. */
public final class ActionForms {

	private ActionForms() {
	}

	/** 保密审查: the conclusion and, for 不宜公开, the reason. */
	public record Review(@NotNull ReviewConclusion conclusion, @Size(max = 1000) String reason) {

		static Review empty() {
			return new Review(null, "");
		}

	}

	/** Publish now (no time) or at a time in China Standard Time. */
	public record Publish(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at) {

		static Publish empty() {
			return new Publish(null);
		}

	}

	/** New content for a published document, with the note the version history shows. */
	public record Revision(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String summary,
			@Size(max = 500000) String body, @NotBlank @Size(max = 500) String note) {

		static Revision of(DocumentView document) {
			return new Revision(document.title(), document.summary(), document.body(), "");
		}

	}

	/** 有效性 with the date it changed and the successor, named by its index number. */
	public record ValidityChange(@NotNull Validity validity, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@Size(max = 60) String successorIndexNumber) {

		static ValidityChange of(DocumentView document) {
			return new ValidityChange(document.validity(), document.validityChangedOn(),
					document.successor() == null ? "" : document.successor().indexNumber());
		}

	}

	/** 撤回, with the reason kept in the internal register. */
	public record Withdrawal(@NotBlank @Size(max = 500) String reason) {

		static Withdrawal empty() {
			return new Withdrawal("");
		}

	}

	/** One attachment (form field {@code file}). */
	public record Upload(MultipartFile file) {

		static Upload empty() {
			return new Upload(null);
		}

	}

}
