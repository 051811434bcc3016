package org.gongkai.publicity;

/** How a record came in: from an approval case decided in the system, a console form, the staff API or an import. */
public enum RecordSource {

	APPROVAL, FORM, API, IMPORT;

	public String messageKey() {
		return "publicity.source." + name();
	}

}
