package org.gongkai.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a password reset by someone other than the account's owner does to the roles that open personal data
 * ({@link Role#opensPersonalData()}). Whoever resets a password knows it and could sign in as the owner: an
 * administrator resetting the office head's password would otherwise become the office head and grant itself the
 * office role. So such a reset suspends (takes away) those roles, and they are granted again only
 * <ul>
 * <li>after the owner has chosen a password of their own (changing it on the password page, which asks for the
 * current one), so that the one who reset it no longer knows it, and</li>
 * <li>by an office head, never to oneself ({@link RoleGrants}).</li>
 * </ul>
 * The owner and the office heads are mailed ({@link PasswordResetByOther}). When the only office head's password
 * was reset, nobody can grant those roles any more: the operator restores the account {@code officehead} at the
 * next start with {@code GONGKAI_OFFICE_HEAD_PASSWORD} ({@link FirstStart}).
 */
final class PasswordResets {

	private PasswordResets() {
	}

	/** The roles a reset by someone else takes from an account holding {@code roles}. */
	static Set<Role> suspended(Set<Role> roles) {
		EnumSet<Role> suspended = EnumSet.noneOf(Role.class);
		roles.stream().filter(Role::opensPersonalData).forEach(suspended::add);
		return suspended;
	}

	/** Whether a reset of {@code account} by {@code resetter} is done by someone else than its owner. */
	static boolean byOther(Me resetter, long accountId) {
		return resetter.id() != accountId;
	}

	/**
	 * Why roles {@code granted} may not be added to an account whose password someone else set and its owner has
	 * not changed since: a message key, or empty.
	 */
	static Optional<String> refusal(boolean passwordSetByOther, Set<Role> granted) {
		return passwordSetByOther && granted.stream().anyMatch(Role::opensPersonalData)
				? Optional.of("staff.role.passwordSetByOther") : Optional.empty();
	}

}
