package org.gongkai.identity;

import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of role grants ({@link RoleGrants}): each role granted or taken away, and each refused attempt.
 * A refusal is written in a transaction of its own, since the refused change itself is rolled back.
 */
@Component
class RoleGrantAudit {

	private final ApplicationEventPublisher events;

	RoleGrantAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Within the change's transaction: the roles {@code granted} to and {@code revoked} from the account. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void granted(long accountId, String username, Set<Role> granted, Set<Role> revoked) {
		granted.stream().sorted().forEach(role -> events.publishEvent(AuditEvent.of("staff.role.granted",
				"StaffAccount", accountId, role + " granted to " + username)));
		revoked.stream().sorted().forEach(role -> events.publishEvent(AuditEvent.of("staff.role.revoked",
				"StaffAccount", accountId, role + " taken from " + username)));
	}

	/** Outside the refused change's transaction, so that it stays when that one rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(Long accountId, String username, Set<Role> granted, Set<Role> revoked, String reason) {
		events.publishEvent(AuditEvent.of("staff.role.refused", "StaffAccount", accountId,
				"granting " + granted.stream().sorted().toList() + " to and taking " + revoked.stream().sorted().toList()
						+ " from " + username + " refused: " + reason));
	}

}
