package org.gongkai.common;

/**
 * The signed-in staff member as any module sees it: the security principal implements this, so
 * modules such as audit know who acted and for which unit without depending on identity.
 */
public interface StaffActor {

	String username();

	long unitId();

	String unitName();

	/**
	 * Whether the member holds the role of this name ({@code org.gongkai.identity.Role}'s constant, e.g.
	 * {@code "DISCLOSURE_OFFICE"}): for modules that cannot see identity (audit, calendar) deciding which console
	 * entries and cards to offer. The pages themselves check again.
	 */
	boolean hasRole(String role);

}
