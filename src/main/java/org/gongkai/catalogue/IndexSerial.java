package org.gongkai.catalogue;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The last index-number serial used for a prefix and year. */
@Entity
@Table(name = "catalogue_index_serial")
@IdClass(IndexSerial.Key.class)
class IndexSerial {

	record Key(String prefix, Integer serialYear) implements Serializable {

		Key() {
			this(null, null);
		}

	}

	@Id
	private String prefix;

	@Id
	private Integer serialYear;

	private int lastSerial;

	protected IndexSerial() {
	}

	IndexSerial(String prefix, int year) {
		this.prefix = prefix;
		this.serialYear = year;
	}

	int next() {
		return ++lastSerial;
	}

	/** Skips past a serial already taken by an imported number, so that the next one generated is free. */
	void atLeast(int taken) {
		lastSerial = Math.max(lastSerial, taken);
	}

}
