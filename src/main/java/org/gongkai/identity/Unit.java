package org.gongkai.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit (处室/单位) that owns information, staff and cases. Deactivated rather than deleted once it owns records. */
@Entity
@Table(name = "unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	/** The name on English pages; none: the Chinese name is shown. */
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private boolean active = true;

	private int sortOrder;

	@Version
	private long version;

	protected Unit() {
	}

	Unit(String code, String name, UnitKind kind, int sortOrder) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.sortOrder = sortOrder;
	}

	void rename(String newName, UnitKind newKind, int newSortOrder) {
		this.name = newName;
		this.kind = newKind;
		this.sortOrder = newSortOrder;
	}

	void nameInEnglish(String english) {
		this.nameEn = english;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	UnitView toView(long staffCount) {
		return new UnitView(id, code, name, kind, active, sortOrder, staffCount, nameEn);
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	boolean isActive() {
		return active;
	}

}
