package org.gongkai.services;

/** 办件类型: 即办件 (handled on the spot) or 承诺件 (handled within a promised number of working days). */
public enum HandlingKind {

	IMMEDIATE, PROMISED;

	public String messageKey() {
		return "services.kind." + name();
	}

}
