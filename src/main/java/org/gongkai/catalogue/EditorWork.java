package org.gongkai.catalogue;

import org.gongkai.identity.Me;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's work on the dashboard: the drafts they wrote or changed, and of those the ones a reviewer returned
 * as 不宜公开 (they stay drafts until submitted again). One count each.
 */
@Service
@Transactional(readOnly = true)
public class EditorWork {

	private final EditorWorkCounts counts;

	EditorWork(EditorWorkCounts counts) {
		this.counts = counts;
	}

	public long drafts(Me me) {
		return counts.drafts(me.username());
	}

	public long returned(Me me) {
		return counts.returned(me.username());
	}

	/** The drafts {@link #returned(Me)} counts, newest change first: where the dashboard's card leads. */
	public Page<DocumentSummary> returnedDrafts(Me me, int page, int size) {
		return counts.returnedDrafts(me.username(), PageRequest.of(Math.max(page, 0), size))
			.map(DocumentSummary::of);
	}

}

interface EditorWorkCounts extends Repository<Document, Long> {

	@Query("select count(d) from Document d where d.status = org.gongkai.catalogue.DocumentStatus.DRAFT "
			+ "and ?1 member of d.contributors")
	long drafts(String username);

	/** Drafts {@code ?1} had a hand in that a reviewer concluded 不宜公开 (returned). */
	String RETURNED = "from Document d where d.status = org.gongkai.catalogue.DocumentStatus.DRAFT "
			+ "and ?1 member of d.contributors and exists (select v.id from Review v where v.documentId = d.id "
			+ "and v.revisionId is null and v.conclusion = org.gongkai.catalogue.ReviewConclusion.NOT_DISCLOSABLE)";

	@Query("select count(d) " + RETURNED)
	long returned(String username);

	@Query(value = "select d " + RETURNED + " order by d.updatedAt desc", countQuery = "select count(d) " + RETURNED)
	Page<Document> returnedDrafts(String username, Pageable pageable);

}
