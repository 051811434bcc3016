package org.gongkai.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff account as the acting person of work that does not come from a signed-in request: the demo data is
 * entered by the demo accounts through the same facades and permission checks as a person at the console. Facades
 * never look the actor up themselves; the web layer passes the signed-in {@link Me}, other callers pass one of these.
 */
@Service
@Transactional(readOnly = true)
public class StaffActors {

	private final StaffAccountRepository accounts;

	private final Clock clock;

	StaffActors(StaffAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The account {@code username} with its unit and roles as they are now, if it exists. */
	public Optional<Me> named(String username) {
		return accounts.findByUsername(username).map(account -> account.toPrincipal(clock.instant()).toMe());
	}

}
