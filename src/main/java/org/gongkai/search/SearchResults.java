package org.gongkai.search;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A page of results.
 *
 * @param query the words searched for, trimmed
 * @param total how many documents match
 * @param page this page, from 1
 * @param size results per page
 * @param items the results of this page
 * @param relaxed whether no document had every word, so that documents with any of them are shown
 */
public record SearchResults(String query, long total, int page, int size, List<SearchHit> items, boolean relaxed) {

	private static final int PAGER_RADIUS = 3;

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	/** Page numbers around this one for the pager; the first and the last page are always linked too. */
	public List<Integer> nearbyPages() {
		int from = Math.max(1, page - PAGER_RADIUS);
		int to = Math.min(totalPages(), page + PAGER_RADIUS);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	/** Position of the first result of this page, from 1. */
	public long firstPosition() {
		return (long) (page - 1) * size + 1;
	}

}
