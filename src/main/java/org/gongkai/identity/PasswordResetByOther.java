package org.gongkai.identity;

import java.util.Set;

/**
 * A staff member's password was reset by someone else ({@link PasswordResets}); published in the reset's
 * transaction. The mail module tells the owner and, when roles were suspended, the heads of the disclosure office,
 * who grant them again.
 *
 * @param username the account whose password was reset
 * @param displayName its owner's name
 * @param email its owner's address, or {@code null}
 * @param resetBy the username of whoever reset it
 * @param suspended the roles that open personal data taken from the account (empty when it held none)
 */
public record PasswordResetByOther(String username, String displayName, String email, String resetBy,
		Set<Role> suspended) {

	public PasswordResetByOther {
		suspended = Set.copyOf(suspended);
	}

}
