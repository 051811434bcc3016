package org.gongkai.identity;

/**
 * Implemented by every module that keeps records owned by a unit, so that a unit owning records is never
 * deleted (it can be deactivated instead).
 */
public interface UnitRecords {

	/** How many records of this module the unit owns. */
	long countOwnedBy(long unitId);

}
