package org.gongkai.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a password (form login and HTTP Basic): asks {@link LoginThrottle} first, then checks
 * the password. Unknown name, wrong password, locked or disabled account and a throttled try all end in the same
 * {@link BadCredentialsException}, after the same password hashing, so the public cannot tell them apart.
 */
@Component
class ThrottledLogins implements AuthenticationProvider {

	static final String SAME_ANSWER = "Bad credentials";

	private final DaoAuthenticationProvider passwords;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final LoginAttempts attempts;

	/** Checked against on a refused try, so that it costs what a wrong password costs. */
	private final String timingHash;

	ThrottledLogins(StaffDetailsService staff, PasswordEncoder encoder, LoginThrottle throttle, LoginAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(staff);
		this.passwords.setPasswordEncoder(encoder);
		this.encoder = encoder;
		this.throttle = throttle;
		this.attempts = attempts;
		this.timingHash = encoder.encode("timing-only-never-a-password");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.refusal(username, address).isPresent()) {
			encoder.matches(String.valueOf(authentication.getCredentials()), timingHash);
			throw new BadCredentialsException(SAME_ANSWER);
		}
		try {
			Authentication signedIn = passwords.authenticate(authentication);
			throttle.succeeded(username, address);
			return signedIn;
		}
		catch (AuthenticationException ex) {
			Optional<LoginThrottle.Alarm> alarm = throttle.failed(username, address);
			attempts.failed(username, address, alarm);
			throw new BadCredentialsException(SAME_ANSWER, ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
