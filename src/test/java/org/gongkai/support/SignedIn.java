package org.gongkai.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Calls facades as a demo staff member, with the same principal a real sign-in gives. */
public final class SignedIn {

	private SignedIn() {
	}

	public static void as(UserDetailsService staff, String username) {
		UserDetails user = staff.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
