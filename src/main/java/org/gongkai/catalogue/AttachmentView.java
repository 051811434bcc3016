package org.gongkai.catalogue;

/** An attachment as pages and the API see it. */
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256) {

	/** The size for people: KB or MB with one decimal. */
	public String displaySize() {
		return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
				: String.format("%.1f KB", sizeBytes / 1024.0);
	}

}
