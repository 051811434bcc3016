package org.gongkai.requests;

import java.time.Instant;

/** A file the applicant sent, as its handlers see it in the case's list. */
public record ApplicantFileView(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

	/** The size for people: 350 KB, 2.4 MB. */
	public String displaySize() {
		if (sizeBytes < 1024 * 1024) {
			return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

}
