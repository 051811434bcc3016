package org.gongkai.search;

import java.util.List;

import org.gongkai.catalogue.DocumentSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, an index that disagrees with the database is rebuilt in the background; the site serves
 * meanwhile. It disagrees when it holds another number of documents than the database has public ones: rows
 * written by Flyway, a copied or restored database, a lost index directory, or a process killed between the
 * database's commit and the index's (a publication answered but not indexed). Two counts, both read from an
 * index (the database's through {@code catalogue_document_public_idx}), keep the check cheap. Other modules'
 * indexed records are checked against their tables ({@link IndexedRecords}). Checked before the web server takes
 * its first request, so that requests cannot hold every database connection it needs.
 */
@Component
class IndexBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final SearchService search;

	private final DocumentSearch documents;

	private final IndexRebuild rebuild;

	private final IndexedRecords records;

	IndexBootstrap(SearchService search, DocumentSearch documents, IndexRebuild rebuild, IndexedRecords records) {
		this.search = search;
		this.documents = documents;
		this.rebuild = rebuild;
		this.records = records;
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	void run() {
		long indexed = search.indexedCount();
		long inDatabase = documents.publicCount();
		if (indexed != inDatabase) {
			log.info("The search index holds {} documents but {} are public: rebuilding it", indexed, inDatabase);
			rebuild.start(null, "index disagrees at start-up: " + indexed + " indexed, " + inDatabase
					+ " public documents");
			return;
		}
		List<String> disagreeing = records.disagreeing();
		if (!disagreeing.isEmpty()) {
			log.info("The search index disagrees with the database on {}: rebuilding it", disagreeing);
			rebuild.start(null, "index disagrees at start-up on " + String.join(", ", disagreeing));
		}
	}

}
