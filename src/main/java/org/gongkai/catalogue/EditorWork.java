package org.gongkai.catalogue;

import org.gongkai.identity.Me;
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

}

interface EditorWorkCounts extends Repository<Document, Long> {

	@Query("select count(d) from Document d where d.status = org.gongkai.catalogue.DocumentStatus.DRAFT "
			+ "and ?1 member of d.contributors")
	long drafts(String username);

	@Query("select count(d) from Document d where d.status = org.gongkai.catalogue.DocumentStatus.DRAFT "
			+ "and ?1 member of d.contributors and exists (select v.id from Review v where v.documentId = d.id "
			+ "and v.revisionId is null and v.conclusion = org.gongkai.catalogue.ReviewConclusion.NOT_DISCLOSABLE)")
	long returned(String username);

}
