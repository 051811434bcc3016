package org.gongkai.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member of the current request. */
public final class CurrentStaff {

	private CurrentStaff() {
	}

	public static Optional<Me> me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.toMe());
		}
		return Optional.empty();
	}

	public static Me require() {
		return me().orElseThrow(() -> new AccessDeniedException("staff sign-in required"));
	}

}
