package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A major decision with its five procedures in statutory order (those not yet recorded included), and the
 * titles of its consultation and its result document when those are public.
 */
public record MajorDecisionView(long id, String title, String summary, long unitId, String unitName,
		DecisionStatus status, Long consultationId, String consultationTitle, Long resultDocumentId, String resultDocumentTitle,
		LocalDate decidedOn, Instant publishedAt, Instant updatedAt, String withdrawnReason, long version,
		List<DecisionStepView> steps) {

	/** How many procedures were carried out. */
	public long carriedOut() {
		return steps.stream().filter(DecisionStepView::carriedOut).count();
	}

	/** How many were recorded as not applicable. */
	public long notApplicable() {
		return steps.stream().filter(s -> s.recorded() && s.notApplicable()).count();
	}

	/** The procedures not yet recorded: publishing waits for none to be left. */
	public List<DecisionProcedure> missing() {
		return steps.stream().filter(s -> !s.recorded()).map(DecisionStepView::procedure).toList();
	}

	public boolean draft() {
		return status == DecisionStatus.DRAFT;
	}

	/** The form with the current values, for the edit page. */
	public MajorDecisionForm form() {
		return new MajorDecisionForm(title, summary, unitId, consultationId, resultDocumentId, decidedOn);
	}

}
