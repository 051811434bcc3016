package org.gongkai.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.catalogue.Validity;

/**
 * One result. {@code titleHighlight} and {@code snippet} are HTML in which everything is escaped except the
 * {@code <mark>} tags around the matched words; every other field is plain text.
 */
public record SearchHit(long id, String indexNumber, String title, String titleHighlight, String snippet,
		String documentNumber, Instant publishedAt, Validity validity, String url) {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The public page of a document. */
	public static String url(long id) {
		return "/catalogue/documents/" + id;
	}

	/** 发布日期 as shown on pages: the day in China. */
	public LocalDate publishedOn() {
		return publishedAt == null ? null : publishedAt.atZone(CHINA).toLocalDate();
	}

	/** Invalid, repealed and amended documents are marked in results. */
	public boolean valid() {
		return validity == null || validity == Validity.VALID;
	}

}
