package org.gongkai.common;

/**
 * The signed-in staff member as any module sees it: the security principal implements this, so
 * modules such as audit know who acted and for which unit without depending on identity.
 */
public interface StaffActor {

	String username();

	long unitId();

	String unitName();

}
