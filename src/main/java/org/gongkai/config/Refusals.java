package org.gongkai.config;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** How a refusal reads in the console: its message with enum arguments in words, and the way back. */
final class Refusals {

	/** The console's root: pages under it are staff pages, in the console's layout. */
	static final String CONSOLE = "/admin";

	private Refusals() {
	}

	static boolean inConsole(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
	}

	/**
	 * The violation's message; an argument that is an enum with a {@code messageKey()} (a status, a phase, a
	 * conclusion) is shown in words (草稿, not DRAFT), whatever module it comes from.
	 */
	static MessageSourceResolvable readable(RuleViolation ex) {
		Object[] arguments = Arrays.stream(ex.arguments()).map(Refusals::wording).toArray();
		return new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, arguments, ex.messageKey());
	}

	/** The menu entry the refused page belongs to (the longest path the page starts with), if the member has one. */
	static Optional<MenuEntry> back(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(request.getAttribute("consoleMenu") instanceof List<?> menu)) {
			return Optional.empty();
		}
		return menu.stream()
			.filter(MenuEntry.class::isInstance)
			.map(MenuEntry.class::cast)
			.filter(entry -> path.equals(entry.path()) || path.startsWith(entry.path() + "/"))
			.max(Comparator.comparingInt(entry -> entry.path().length()));
	}

	private static Object wording(Object argument) {
		if (argument instanceof Enum<?> value) {
			try {
				Method messageKey = value.getClass().getMethod("messageKey");
				if (messageKey.getReturnType() == String.class) {
					return new DefaultMessageSourceResolvable((String) messageKey.invoke(value));
				}
			}
			catch (ReflectiveOperationException ex) {
				return argument;
			}
		}
		return argument;
	}

}
