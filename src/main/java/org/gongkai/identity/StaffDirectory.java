package org.gongkai.identity;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to tell: the enabled staff with an e-mail address who hold a role, in given units or anywhere, for reminders
 * and notices other modules send.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final StaffAccountRepository accounts;

	StaffDirectory(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Enabled members of active units with an e-mail address, holding {@code role}, in one of {@code unitIds} (any
	 * unit when {@code unitIds} is empty).
	 */
	public List<Recipient> withRole(Role role, Set<Long> unitIds) {
		return accounts.findReachable()
			.stream()
			.filter(account -> account.getRoles().contains(role))
			.filter(account -> unitIds.isEmpty() || unitIds.contains(account.getUnit().getId()))
			.map(account -> new Recipient(account.getUsername(), account.getDisplayName(), account.getEmail()))
			.toList();
	}

	/** A staff member to write to. */
	public record Recipient(String username, String displayName, String email) {
	}

}
