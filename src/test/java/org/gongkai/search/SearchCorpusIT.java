package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.RichText;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

/**
 * The 76 texts of the corpus published through the workflow under 法规文件 (those demo data has not published
 * already); every query of queries-public.tsv must return each of its expected documents among the first 10
 * results.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCorpusIT {

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	SearchService search;

	/** Which corpus file a public document is, by title and date formed (two texts share a title). */
	private final Map<Long, String> filesById = new HashMap<>();

	@BeforeAll
	void publishTheCorpus() {
		Publishing publishing = new Publishing(workflow, catalogue, units);
		long regulations = publishing.category("regulations");
		Map<String, String> fileByKey = new HashMap<>();
		List<Corpus.Text> texts = Corpus.texts();
		texts.forEach(text -> fileByKey.put(key(text.title(), text.date()), text.file()));
		Map<Long, String> alreadyPublic = publicCorpusDocuments(fileByKey);
		long started = System.nanoTime();
		int published = 0;
		for (Corpus.Text text : texts) {
			if (alreadyPublic.containsValue(text.file())) {
				continue;
			}
			DocumentMetadata metadata = new DocumentMetadata(text.title(), null, text.documentNumber(),
					text.issuer(), publishing.unitId(), regulations, null, text.documentType(), text.date(), null,
					null, Disclosure.PROACTIVE, null, RichText.fromPlainText(text.body()));
			long id = publishing.publish(metadata);
			if (text.validity() != Validity.VALID) {
				publishing.changeValidity(id, text.validity(), text.date());
			}
			published++;
		}
		System.out.printf("Published %d corpus texts through the workflow in %d ms (%d were public already)%n",
				published, (System.nanoTime() - started) / 1_000_000, alreadyPublic.size());
		filesById.putAll(publicCorpusDocuments(fileByKey));
		assertThat(Set.copyOf(filesById.values())).hasSize(Corpus.SIZE);
	}

	/** Public documents that are corpus texts (demo data may have published them already), by id. */
	private Map<Long, String> publicCorpusDocuments(Map<String, String> fileByKey) {
		Map<Long, String> files = new HashMap<>();
		int page = 0;
		Page<DocumentSummary> documents;
		do {
			documents = catalogue.publicPage(CatalogueFilter.none(), page++, 100);
			documents.forEach(d -> {
				String file = fileByKey.get(key(d.title(), d.formedOn()));
				if (file != null) {
					files.put(d.id(), file);
				}
			});
		}
		while (documents.hasNext());
		return files;
	}

	private static String key(String title, LocalDate formedOn) {
		return title + "|" + formedOn;
	}

	@Test
	void everyPublicQueryFindsItsDocumentsInTheFirstTen() {
		List<Corpus.Query> queries = Corpus.queries();
		List<String> misses = new ArrayList<>();
		int passed = 0;
		long started = System.nanoTime();
		for (Corpus.Query query : queries) {
			List<String> top = search
				.search(new SearchRequest(query.words(), CatalogueFilter.none(), SearchSort.RELEVANCE, 1, 10))
				.items()
				.stream()
				.map(hit -> filesById.getOrDefault(hit.id(), "other"))
				.toList();
			List<String> missing = query.files().stream().filter(file -> !top.contains(file)).toList();
			if (missing.isEmpty()) {
				passed++;
			}
			else {
				misses.add(query.words() + ": missing " + missing + ", got " + top);
			}
		}
		System.out.printf("Corpus queries: %d of %d pass (%d ms for all)%n", passed, queries.size(),
				(System.nanoTime() - started) / 1_000_000);
		misses.forEach(miss -> System.out.println("  " + miss));
		assertThat(misses).as("queries whose expected documents are not in the first 10 results").isEmpty();
	}

	@Test
	void theCorpusIsInTheIndex() {
		assertThat(search.indexedCount()).isGreaterThanOrEqualTo(Corpus.SIZE);
	}

}
