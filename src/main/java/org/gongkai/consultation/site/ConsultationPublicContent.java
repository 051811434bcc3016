package org.gongkai.consultation.site;

import java.time.Instant;

import org.gongkai.audit.AuditLog;
import org.gongkai.common.PublicContent;
import org.springframework.stereotype.Component;

/**
 * What the public consultation and decision pages are built from: consultations (drafts, files, feedback),
 * approved comments and their replies, and major decisions. Every change to them is audited in the same
 * transaction, so the latest audit entry about them marks the version of these pages, as for the catalogue.
 * (A submitted comment moves it too, though it shows only once approved: pages are rendered again for nothing.)
 */
@Component
class ConsultationPublicContent implements PublicContent {

	private final AuditLog audit;

	ConsultationPublicContent(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public State state() {
		return audit.latestOf("Consultation", "ConsultationComment", "MajorDecision")
			.map(mark -> new State(mark.at(), "consultation audit " + mark.id()))
			.orElse(new State(Instant.EPOCH, "consultation audit 0"));
	}

}
