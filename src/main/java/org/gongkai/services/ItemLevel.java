package org.gongkai.services;

/** 行使层级 (the level that exercises the item). */
public enum ItemLevel {

	NATIONAL, PROVINCIAL, CITY, COUNTY, TOWNSHIP, TIERED;

	public String messageKey() {
		return "services.level." + name();
	}

}
