package org.gongkai.approvals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last case-number serial of a year; locked while the next one is taken, and never lowered, so that a number
 * is never given twice (nor again after a case is removed from the database by hand).
 */
@Entity
@Table(name = "approval_case_serial")
class CaseSerial {

	@Id
	private Integer serialYear;

	private int lastSerial;

	protected CaseSerial() {
	}

	CaseSerial(int year) {
		this.serialYear = year;
	}

	int next() {
		return ++lastSerial;
	}

}
