package org.gongkai.common;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member signed in on the current request, as the web layer of any module and the shell see it (the
 * security principal is a {@link StaffActor}): for the console's menu and dashboard and for keeping staff pages out
 * of shared caches. Facades take the actor as a parameter; they do not read this.
 */
public final class SignedInStaff {

	private SignedInStaff() {
	}

	public static Optional<StaffActor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffActor staff ? Optional.of(staff)
				: Optional.empty();
	}

}
