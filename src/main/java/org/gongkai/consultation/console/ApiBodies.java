package org.gongkai.consultation.console;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.ConsultationSummary;
import org.gongkai.consultation.Rejection;
import org.springframework.data.domain.Page;

/** Request and response bodies of the consultation staff API. */
public final class ApiBodies {

	private ApiBodies() {
	}

	/** The id of what was created. */
	@Schema(name = "ConsultationCreated")
	public record Created(long id) {
	}

	/** A page of consultations, newest first. */
	public record SummaryPage(List<ConsultationSummary> content, int page, int size, long totalElements,
			int totalPages) {

		static SummaryPage of(Page<ConsultationSummary> page) {
			return new SummaryPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	/** A change with the version it was read at (drafts: everything; published: the dates only). */
	@Schema(name = "ConsultationUpdate")
	public record Update(@NotNull Long version, @NotNull @Valid ConsultationForm form) {
	}

	/** The optimistic-lock version a step was read at. */
	@Schema(name = "ConsultationVersion")
	public record Version(@NotNull Long version) {
	}

	/** Rejecting a comment: the version and the reason from the list. */
	public record Reject(@NotNull Long version, Rejection rejection) {
	}

	/** A reply to a commenter who left a contact. */
	@Schema(name = "ConsultationReply")
	public record Reply(@Size(max = 4000) String text) {
	}

	/** The whole sensitive-word list. */
	public record Words(@NotNull @Size(max = 5000) List<String> words) {
	}

}
