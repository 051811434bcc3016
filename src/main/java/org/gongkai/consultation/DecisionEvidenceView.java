package org.gongkai.consultation;

/** An evidence file of a procedure: its name as uploaded, checked type, size and SHA-256. */
public record DecisionEvidenceView(long id, String fileName, String contentType, long sizeBytes, String sha256) {

	/** The size in KB, at least 1, as lists show it. */
	public long sizeKb() {
		return Math.max(1, (sizeBytes + 1023) / 1024);
	}

}
