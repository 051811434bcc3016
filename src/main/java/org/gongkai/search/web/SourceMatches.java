package org.gongkai.search.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongkai.common.shell.SearchSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The other modules' matches for a search (service guides, power items ...), each a compact block above the
 * documents on the first page of results; a module with no match shows no block.
 */
@Component
class SourceMatches {

	/** Matches listed per block; the block's link leads to all of them. */
	static final int LIMIT = 3;

	private final List<SearchSource> sources;

	SourceMatches(ObjectProvider<SearchSource> sources) {
		this.sources = sources.orderedStream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
	}

	List<SearchSource.Matches> find(String query) {
		return sources.stream().map(source -> source.matches(query.strip(), LIMIT)).flatMap(Optional::stream).toList();
	}

}
