package org.gongkai.catalogue.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.Validity;
import org.springframework.data.domain.Page;

/** Request and response bodies of the staff documents API. */
final class ApiBodies {

	private ApiBodies() {
	}

	/** A draft's new metadata with the {@code version} it was read at (from GET); a stale version gets 409. */
	record DraftUpdate(@NotNull Long version, @NotNull @Valid DocumentMetadata metadata) {
	}

	/** 保密审查: {@code reason} is required for NOT_DISCLOSABLE (不宜公开). */
	record ReviewRequest(@NotNull ReviewConclusion conclusion, @Size(max = 1000) String reason) {
	}

	/** Publish now, or at {@code at} (ISO-8601 instant, e.g. 2026-12-01T09:00:00+08:00) when it lies ahead. */
	record PublishRequest(Instant at) {
	}

	record RevisionRequest(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String summary,
			@Size(max = 500000) String body, @NotBlank @Size(max = 500) String note) {
	}

	/** 有效性; {@code since} is required unless VALID; the successor is named by its index number. */
	record ValidityRequest(@NotNull Validity validity, LocalDate since, @Size(max = 60) String successorIndexNumber) {
	}

	record WithdrawRequest(@NotBlank @Size(max = 500) String reason) {
	}

	@Schema(name = "DocumentCreated")
	record Created(long id) {
	}

	/** One page of documents, newest first. */
	record DocumentPage(List<DocumentSummary> items, int page, int size, long totalItems, int totalPages) {

		static DocumentPage of(Page<DocumentSummary> page) {
			return new DocumentPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

}
