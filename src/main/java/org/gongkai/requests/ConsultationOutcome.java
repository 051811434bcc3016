package org.gongkai.requests;

/** What a consulted third party or agency answered. Silence: a third party leaves it to us, an agency consents. */
public enum ConsultationOutcome {

	CONSENTED, OBJECTED, NO_ANSWER;

	public String messageKey() {
		return "request.consultation-outcome." + name();
	}

}
