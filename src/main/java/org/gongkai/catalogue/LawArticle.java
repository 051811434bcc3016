package org.gongkai.catalogue;

/**
 * An article (条) of a law the catalogue holds, as its public text reads.
 *
 * @param documentId the law's document
 * @param number the article's number (57 for 第五十七条)
 * @param text the article's paragraphs, the first opening with 第N条, joined by line breaks
 */
public record LawArticle(long documentId, int number, String text) {

	/** The article's paragraphs (款), one a line. */
	public java.util.List<String> paragraphs() {
		return java.util.List.of(text.split("\n"));
	}

}
