package org.gongkai.catalogue;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.JoinType;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the search module reads from the catalogue beside the index: the rows of one result page, by id, in
 * one query. The Lucene index stores only a few fields (文号 is searchable but not stored), and a row that
 * stopped being public since it was indexed is left out.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

	private final DocumentRepository documents;

	DocumentSearch(DocumentRepository documents) {
		this.documents = documents;
	}

	/** The public documents among {@code ids}, by id. */
	public Map<Long, DocumentSummary> publicSummaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Specification<Document> withIds = (root, query, cb) -> {
			root.fetch("category", JoinType.INNER);
			return root.get("id").in(ids);
		};
		return documents.findAll(Catalogue.publicDocuments().and(withIds))
			.stream()
			.map(DocumentSummary::of)
			.collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
	}

	/** How many documents the public can see: the number the search index should hold. */
	public long publicCount() {
		return documents.count(Catalogue.publicDocuments());
	}

}
