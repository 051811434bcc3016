package org.gongkai.catalogue.site;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * A numbered pager that reaches every page: first, previous, the pages around the current one with gaps
 * elsewhere, next and last. Never a cap on how far one can go.
 *
 * @param current the page shown, from 1
 * @param last the last page (at least 1)
 * @param total how many items all pages hold
 * @param links the page numbers to link in order, {@code 0} standing for a gap
 * @param urls the URL of each page number
 */
record Pager(int current, int last, long total, List<Integer> links, IntFunction<String> urls) {

	private static final int AROUND = 2;

	static Pager of(int current, long total, int pageSize, IntFunction<String> urls) {
		int last = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		TreeSet<Integer> shown = new TreeSet<>(List.of(1, last));
		for (int page = Math.max(1, current - AROUND); page <= Math.min(last, current + AROUND); page++) {
			shown.add(page);
		}
		List<Integer> links = new ArrayList<>();
		int previous = 0;
		for (int page : shown) {
			if (page - previous > 1) {
				links.add(0);
			}
			links.add(page);
			previous = page;
		}
		return new Pager(current, last, total, List.copyOf(links), urls);
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
