package org.gongkai.identity;

/** What a unit is within the department. */
public enum UnitKind {

	/** 厅: the department itself. */
	AGENCY,
	/** 厅机关处室: an internal division. */
	DIVISION,
	/** 厅属单位: an affiliated unit. */
	AFFILIATED;

	public String messageKey() {
		return "unit.kind." + name();
	}

}
