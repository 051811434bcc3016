package org.gongkai.search;

import org.gongkai.catalogue.DocumentSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, an empty index beside public documents in the database (rows written by Flyway, a copied
 * database, a lost index directory) is rebuilt in the background; the site serves meanwhile. Checked before the
 * web server takes its first request, so that requests cannot hold every database connection it needs.
 */
@Component
class IndexBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final SearchService search;

	private final DocumentSearch documents;

	private final IndexRebuild rebuild;

	IndexBootstrap(SearchService search, DocumentSearch documents, IndexRebuild rebuild) {
		this.search = search;
		this.documents = documents;
		this.rebuild = rebuild;
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	void run() {
		// The index first: counting the database's public documents reads them all (seconds on a cold database).
		if (search.indexedCount() > 0) {
			return;
		}
		long inDatabase = documents.publicCount();
		if (inDatabase > 0) {
			log.info("The search index is empty but {} public documents exist: rebuilding it", inDatabase);
			rebuild.start(null, "index empty at start-up, " + inDatabase + " public documents");
		}
	}

}
