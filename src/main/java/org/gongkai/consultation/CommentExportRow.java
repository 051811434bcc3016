package org.gongkai.consultation;

import java.time.Instant;

/** A comment for the staff's XLSX export, with the full contact (the export is audited). */
public record CommentExportRow(long id, String articleLabel, String authorName, String contact, String body,
		Instant submittedAt, CommentStatus status, Rejection rejection, String flaggedWords, String reply,
		Integer groupPosition) {
}
