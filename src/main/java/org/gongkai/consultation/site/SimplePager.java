package org.gongkai.consultation.site;

import java.util.function.IntFunction;

/**
 * Previous and next links with the position, for the consultation list (a list short enough that numbered pages
 * would add nothing but noise).
 *
 * @param current the page shown, from 1
 * @param last the last page (at least 1)
 * @param total how many items all pages hold
 */
record SimplePager(int current, int last, long total, IntFunction<String> urls) {

	static SimplePager of(int current, long total, int pageSize, IntFunction<String> urls) {
		int last = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		return new SimplePager(current, last, total, urls);
	}

	public String url(int page) {
		return urls.apply(page);
	}

	public boolean hasPrevious() {
		return current > 1;
	}

	public boolean hasNext() {
		return current < last;
	}

	public boolean needed() {
		return last > 1;
	}

}
