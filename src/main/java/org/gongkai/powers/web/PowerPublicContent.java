package org.gongkai.powers.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.audit.AuditLog;
import org.gongkai.common.PublicContent;
import org.springframework.stereotype.Component;

/**
 * What the public power pages are built from: the items, their status events and intermediary services, every
 * change audited in its transaction (the latest audit entry about them marks the version); and the day, since a
 * status event recorded ahead takes effect at midnight without any change.
 */
@Component
class PowerPublicContent implements PublicContent {

	private final AuditLog audit;

	private final Clock clock;

	PowerPublicContent(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public State state() {
		String today = LocalDate.now(clock).toString();
		return audit.latestOf("PowerItem")
			.map(mark -> new State(mark.at(), "powers audit " + mark.id() + " " + today))
			.orElse(new State(Instant.EPOCH, "powers audit 0 " + today));
	}

}
