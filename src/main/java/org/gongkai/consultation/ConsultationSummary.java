package org.gongkai.consultation;

import java.time.LocalDate;

/** A line of a consultation list: public (approved comments counted) or staff (all comments, pending counted). */
public record ConsultationSummary(long id, String title, long unitId, String unitName, LocalDate opensOn,
		LocalDate closesOn, Phase phase, boolean normative, long approvedComments, long pendingComments) {
}
