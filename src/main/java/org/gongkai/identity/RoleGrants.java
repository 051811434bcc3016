package org.gongkai.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may grant (or take away) which role. Asked for every role an account change adds or removes, by the
 * console and the API alike, and by the form that offers the role checkboxes.
 * <ul>
 * <li>Roles that open applicants' personal data ({@link Role#opensPersonalData()}: 公开办, 公开办负责人, 申请承办人) are
 * granted only by the head of the disclosure office, whose own access covers every application, so nobody hands
 * out access to personal data they do not have; never on their own account (a second person always decides), and
 * never by administrators or unit heads.</li>
 * <li>The other roles are account administration: administrators grant them on any account, a unit head the unit
 * roles on their own unit's accounts.</li>
 * <li>Taking a role away opens nothing: whoever may grant it may take it away, and those who keep accounts
 * (administrators, unit heads) may also take away a role that opens personal data, as when someone leaves.</li>
 * </ul>
 * The first administrator and the demo accounts are created by the system at first start, not by a person, and
 * do not pass through here ({@link FirstStart}).
 */
final class RoleGrants {

	private RoleGrants() {
	}

	/** Whether {@code granter} may grant or take away {@code role} on someone else's account. */
	static boolean mayGrant(Me granter, Role role) {
		if (role.opensPersonalData()) {
			return granter.officeHead();
		}
		return granter.admin() || (granter.has(Role.UNIT_HEAD) && !role.departmentWide());
	}

	/** Whether {@code keeper} may take {@code role} away from someone's account. */
	static boolean mayRevoke(Me keeper, Role role) {
		return mayGrant(keeper, role) || (role.opensPersonalData() && (keeper.admin() || keeper.has(Role.UNIT_HEAD)));
	}

	/** The roles {@code granter} may grant, in order: the checkboxes the account form offers. */
	static List<Role> grantable(Me granter) {
		return Arrays.stream(Role.values()).filter(role -> mayGrant(granter, role)).toList();
	}

	/**
	 * Why {@code granter} may not add the roles {@code granted} to and take {@code revoked} from the account
	 * {@code accountId} ({@code null} for a new account): a message key, or empty when they may.
	 */
	static Optional<String> refusal(Me granter, Long accountId, Set<Role> granted, Set<Role> revoked) {
		boolean own = accountId != null && accountId == granter.id();
		if (own && granted.stream().anyMatch(Role::opensPersonalData)) {
			return Optional.of("staff.role.self");
		}
		if (granted.stream().anyMatch(role -> role.opensPersonalData() && !mayGrant(granter, role))) {
			return Optional.of("staff.role.personalData");
		}
		if (granted.stream().anyMatch(role -> !mayGrant(granter, role))
				|| revoked.stream().anyMatch(role -> !mayRevoke(granter, role))) {
			return Optional.of("staff.role.denied");
		}
		return Optional.empty();
	}

}
