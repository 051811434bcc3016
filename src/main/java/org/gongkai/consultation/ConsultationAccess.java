package org.gongkai.consultation;

import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;

/**
 * The permission rules of {@link ConsultationPermissions} for pages that decide which buttons to show: the facades
 * check them again on every action, these only spare a member a button that would be refused.
 */
public final class ConsultationAccess {

	private ConsultationAccess() {
	}

	public static boolean seesConsole(Me me) {
		return ConsultationPermissions.seesConsole(me);
	}

	public static boolean canEdit(Me me, long unitId) {
		return ConsultationPermissions.canEdit(me, unitId);
	}

	public static boolean canModerate(Me me, long unitId) {
		return ConsultationPermissions.canModerate(me, unitId);
	}

	/**
	 * Why this member may not publish the draft today (the message key the facade would refuse with), or empty
	 * when the confidentiality review (保密审查) is theirs to do.
	 */
	public static Optional<String> publishRefusal(Me me, ConsultationView draft, LocalDate today) {
		if (draft.status() != ConsultationStatus.DRAFT) {
			return Optional.of("consultation.publish.notDraft");
		}
		if (!ConsultationPermissions.canPublish(me, draft.unitId())) {
			return Optional.of("consultation.publish.denied");
		}
		if (!FourEyes.independent(me, draft.contributors())) {
			return Optional.of("consultation.publish.ownDraft");
		}
		if (draft.opensOn().isBefore(today)) {
			return Optional.of("consultation.opensOn.past");
		}
		return Optional.empty();
	}

}
