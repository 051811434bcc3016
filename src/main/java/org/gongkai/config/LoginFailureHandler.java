package org.gongkai.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends every failed login back to the form with the same answer: an unknown name, a wrong password and a throttled
 * or locked account must look alike, or the form tells an attacker which names exist and which are locked.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/admin/login?error");
	}

}
