package org.gongkai.requests;

/** A file released with the reply, as the applicant and the handlers see it in the reply's list. */
public record ReplyFileView(long id, String fileName, String contentType, long sizeBytes) {

	/** The size for people: 350 KB, 2.4 MB. */
	public String displaySize() {
		return new ApplicantFileView(id, fileName, contentType, sizeBytes, null).displaySize();
	}

}
