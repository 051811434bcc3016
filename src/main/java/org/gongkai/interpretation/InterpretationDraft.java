package org.gongkai.interpretation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a unit fills in for a new interpretation: the policy it explains, the responsible unit (by default the
 * policy's drafting unit: 谁起草、谁解读), the form and its content. {@code body} is plain text: the interpretation
 * itself, the full text alternative of a graphic (图解文字版) or the summary of audio/video. Bound by the console
 * form and the staff API; the rules between fields are checked by {@link InterpretationRules}.
 */
public record InterpretationDraft(@NotNull Long policyId, Long unitId, @NotNull InterpretationForm form,
		@NotBlank @Size(max = 300) String title, @Size(max = 2000) String summary, @Size(max = 200000) String body,
		@Size(max = 100) String interpreterName, @Size(max = 200) String interpreterTitle,
		@Size(max = 1000) String mediaUrl, @Valid List<QaPair> questions) {

	/** Empty rows offered by the console form for questions and answers (no script adds rows). */
	public static final int QA_ROWS = 6;

	public static InterpretationDraft empty(Long policyId) {
		return new InterpretationDraft(policyId, null, InterpretationForm.TEXT, "", "", "", "", "", "",
				java.util.stream.Stream.generate(() -> new QaPair("", "")).limit(QA_ROWS).toList());
	}

	/** The questions and answers actually filled in, in order. */
	public List<QaPair> pairs() {
		return questions == null ? List.of() : questions.stream().filter(p -> p != null && !p.blank()).toList();
	}

	/** Row {@code n} of the form's questions and answers, blank when not filled in. */
	public QaPair row(int n) {
		return questions != null && n < questions.size() && questions.get(n) != null ? questions.get(n)
				: new QaPair("", "");
	}

}
