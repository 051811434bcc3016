package org.gongkai.requests;

import java.time.LocalDate;

/**
 * A case's reply letter for printing and download: the text as issued, or before the reply the current draft
 * (草稿) from the templates.
 *
 * @param agency the issuing body, for the letterhead
 * @param repliedOn the day the reply was issued, {@code null} for a draft
 */
public record LetterView(long id, String trackingNumber, boolean draft, LocalDate repliedOn, String agency,
		String text) {

	/** The download's file name: 答复告知书-YS2026-00001.docx, with 草稿 for a draft. */
	public String fileName(String extension) {
		return "答复告知书-" + trackingNumber + (draft ? "-草稿" : "") + "." + extension;
	}

}
