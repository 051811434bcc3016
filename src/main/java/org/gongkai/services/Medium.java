package org.gongkai.services;

/** 纸质/电子: the form a material is handed in. */
public enum Medium {

	PAPER, ELECTRONIC, BOTH;

	public String messageKey() {
		return "services.medium." + name();
	}

}
