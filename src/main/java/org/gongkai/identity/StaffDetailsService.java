package org.gongkai.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for form login and HTTP Basic; a locked or disabled account cannot sign in. */
@Service
class StaffDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final Clock clock;

	StaffDetailsService(StaffAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(account -> account.toPrincipal(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
	}

}
