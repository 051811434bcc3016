package org.gongkai.support;

import org.gongkai.common.StaffActor;

/** A made-up staff member of unit 1 holding one role, for the shell's tests with contributed fakes. */
public record StaffWithRole(String role) implements StaffActor {

	@Override
	public String username() {
		return "someone";
	}

	@Override
	public long unitId() {
		return 1;
	}

	@Override
	public String unitName() {
		return "办公室";
	}

	@Override
	public boolean hasRole(String name) {
		return name.equals(role);
	}

}
