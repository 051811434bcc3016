package org.gongkai.consultation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A group of opinions of the same substance and what the drafting unit did with them; reasons unless adopted. */
public record OpinionGroupForm(@NotBlank @Size(max = 4000) String summary, @NotNull Adoption adoption,
		@Size(max = 4000) String reason, List<Long> commentIds) {

	public OpinionGroupForm {
		commentIds = commentIds == null ? List.of() : List.copyOf(commentIds);
	}

}
