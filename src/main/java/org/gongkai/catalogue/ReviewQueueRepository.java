package org.gongkai.catalogue;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The review queue read in the database: submitted drafts and submitted revisions (at most one per document), of
 * one unit or of all ({@code unit} {@code null}), oldest first, paged and counted there.
 */
interface ReviewQueueRepository extends Repository<Document, Long> {

	String FROM = "from Document d left join Revision r on r.documentId = d.id "
			+ "and r.status = org.gongkai.catalogue.Revision.State.SUBMITTED "
			+ "where (d.status = org.gongkai.catalogue.DocumentStatus.SUBMITTED or r.id is not null) "
			+ "and (?1 is null or d.unitId = ?1) ";

	/** Whether {@code ?2} had a hand in what waits: the draft's contributors, or the revision's proposer. */
	String MINE = "case when r.id is null and ?2 member of d.contributors then true "
			+ "when r.id is not null and r.createdBy = ?2 then true else false end";

	@Query(value = "select new org.gongkai.catalogue.ReviewQueueItem(d.id, r.id, coalesce(r.title, d.title), "
			+ "d.unitId, d.documentType, coalesce(r.createdAt, d.updatedAt), coalesce(r.createdBy, d.createdBy), "
			+ MINE + ") " + FROM + "order by coalesce(r.createdAt, d.updatedAt), d.id",
			countQuery = "select count(d) " + FROM + "and ?2 = ?2")
	Page<ReviewQueueItem> page(Long unit, String username, Pageable page);

	/** What {@code ?2} may review: the queue without what they had a hand in (one count, for the badge). */
	@Query("select count(d) " + FROM + "and not (r.id is null and ?2 member of d.contributors) "
			+ "and not (r.id is not null and r.createdBy = ?2)")
	long countReviewable(Long unit, String username);

}
