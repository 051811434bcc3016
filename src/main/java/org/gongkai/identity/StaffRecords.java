package org.gongkai.identity;

import org.springframework.stereotype.Component;

/** Staff accounts are records a unit owns: a unit with staff cannot be deleted. */
@Component
class StaffRecords implements UnitRecords {

	private final StaffAccountRepository staff;

	StaffRecords(StaffAccountRepository staff) {
		this.staff = staff;
	}

	@Override
	public long countOwnedBy(long unitId) {
		return staff.countByUnitId(unitId);
	}

}
