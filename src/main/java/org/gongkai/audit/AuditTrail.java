package org.gongkai.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.gongkai.common.ClientAddress;
import org.gongkai.common.StaffActor;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends published {@link AuditEvent}s to the chain, inside the publisher's transaction. */
@Component
class AuditTrail {

	static final String SYSTEM = "system";

	private final AuditEntryRepository entries;

	private final AuditChainHeadRepository heads;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, AuditChainHeadRepository heads, Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void append(AuditEvent event) {
		AuditChainHead head = heads.lockHead();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = event.actor();
		String unit = null;
		if (authentication != null && authentication.getPrincipal() instanceof StaffActor staff) {
			actor = actor == null ? staff.username() : actor;
			unit = staff.unitName();
		}
		AuditEntry entry = new AuditEntry(head.nextId(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
				actor == null ? SYSTEM : actor, unit, event, ClientAddress.current(), head.lastHash());
		entries.save(entry);
		head.advance(entry);
	}

}
