package org.gongkai.search;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gongkai.common.PublicVersion;
import org.springframework.stereotype.Component;

/**
 * Recent search results, kept (like Solr's query result cache) while the public content's {@link PublicVersion}
 * is unchanged, and a minute at most: on a spike many readers search the same words, and a page of results with
 * its highlighted snippets costs far more than the Lucene query under it. Outside any transaction, so that a
 * kept answer costs no database connection. A reader who forces a reload gets a fresh search from
 * {@link SearchService} directly.
 */
@Component
public class KeptSearches {

	private static final int KEPT = 2000;

	private final SearchService search;

	private final PublicVersion versions;

	private final Cache<SearchRequest, Kept> recent = Caffeine.newBuilder()
		.maximumSize(KEPT)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	/** Results and the version of the public content they were found under. */
	private record Kept(String version, SearchResults results) {
	}

	KeptSearches(SearchService search, PublicVersion versions) {
		this.search = search;
		this.versions = versions;
	}

	/** The results of this search: kept ones when the public content has not changed since. */
	public SearchResults search(SearchRequest request) {
		String version = versions.current().tag();
		Kept kept = recent.getIfPresent(request);
		if (kept != null && kept.version().equals(version)) {
			return kept.results();
		}
		SearchResults results = search.search(request);
		recent.put(request, new Kept(version, results));
		return results;
	}

}
