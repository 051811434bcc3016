package org.gongkai.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.gongkai.common.ClientAddress;
import org.gongkai.common.DemoClock;
import org.gongkai.common.StaffActor;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records published {@link AuditEvent}s inside the publisher's transaction, as pending rows: an insert with a
 * number from a sequence, no lock, so that writers never wait for one another. {@link ChainAppender} chains them
 * shortly after they commit.
 */
@Component
class AuditTrail {

	static final String SYSTEM = "system";

	/** Who did what a demo loader entered (the loaders' own summary rows name it too). */
	static final String DEMO_DATA = "demo-data";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void append(AuditEvent event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = event.actor();
		String unit = null;
		if (authentication != null && authentication.getPrincipal() instanceof StaffActor staff) {
			actor = actor == null ? staff.username() : actor;
			unit = staff.unitName();
		}
		entries.save(new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MILLIS), actor == null ? unnamed() : actor,
				unit, event, ClientAddress.current()));
	}

	/**
	 * The actor of an entry nobody signed in caused: a step of a demo loader (on its own thread's demo day,
	 * {@link DemoClock}) is the demo data's, anything else the system's.
	 */
	private static String unnamed() {
		return DemoClock.current().isPresent() ? DEMO_DATA : SYSTEM;
	}

}
