package org.gongkai.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last tracking-number serial of a year; locked while the next one is taken. */
@Entity
@Table(name = "request_tracking_serial")
class TrackingSerial {

	@Id
	private Integer serialYear;

	private int lastSerial;

	protected TrackingSerial() {
	}

	TrackingSerial(int year) {
		this.serialYear = year;
	}

	int next() {
		return ++lastSerial;
	}

}
