package org.gongkai.powers;

/**
 * One legal basis of an item (设定依据): the law's name and the article; {@code documentId} when the law is a
 * document of the catalogue (its public page is linked), else {@code null}.
 */
public record LegalBasis(String lawName, String article, Long documentId) {
}
