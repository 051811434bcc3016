package org.gongkai.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

	/**
	 * The columns of a {@link DocumentSummary}, without the body or the other wide columns of the row. The
	 * category's name comes from a subquery rather than a join, so that the query stays on one table and H2 can
	 * read the first rows of an index in order (with a join it chose another index and sorted a whole category).
	 */
	String SUMMARY = "select new org.gongkai.catalogue.DocumentSummary(d.id, d.indexNumber, d.title, d.documentNumber, "
			+ "(select c.name from Category c where c.id = d.category.id), d.unitId, d.documentType, d.formedOn, "
			+ "d.publishedAt, d.validity, d.status, d.disclosure) from Document d ";

	/**
	 * A fetch join in the query rather than an entity graph: Hibernate keeps the translated SQL of a plain query,
	 * while an entity graph made it translate the query again on every call (8 % of an uncached document page).
	 */
	@Query("select d from Document d join fetch d.category left join fetch d.successor where d.id = ?1")
	Optional<Document> findWithCategory(long id);

	@Query("select count(d) > 0 from Document d where d.id = ?1 "
			+ "and d.status = org.gongkai.catalogue.DocumentStatus.PUBLISHED "
			+ "and d.disclosure = org.gongkai.catalogue.Disclosure.PROACTIVE")
	boolean isPublic(long id);

	Optional<Document> findByIndexNumber(String indexNumber);

	/** Of {@code ids}, the drafts under review that {@code username} created or changed. */
	@Query("select d.id from Document d join d.contributors c where c = ?1 and d.id in ?2 "
			+ "and d.status = org.gongkai.catalogue.DocumentStatus.SUBMITTED")
	List<Long> findSubmittedContributedTo(String username, Collection<Long> ids);

	boolean existsByIndexNumber(String indexNumber);

	@Query("select d from Document d where d.status = org.gongkai.catalogue.DocumentStatus.APPROVED "
			+ "and d.scheduledAt is not null and d.scheduledAt <= ?1")
	List<Document> findDueForPublication(Instant now);

	@Query("select count(d) from Document d where d.category.id = ?1")
	long countInCategory(long categoryId);

	/** Rows of category id and document count; public documents only when {@code publicOnly}. */
	@Query("select d.category.id, count(d) from Document d where ?1 = false or "
			+ "(d.status = org.gongkai.catalogue.DocumentStatus.PUBLISHED "
			+ "and d.disclosure = org.gongkai.catalogue.Disclosure.PROACTIVE) group by d.category.id")
	List<Object[]> countPerCategory(boolean publicOnly);

	@Query("select count(d) from Document d where d.status <> org.gongkai.catalogue.DocumentStatus.PUBLISHED "
			+ "and d.status <> org.gongkai.catalogue.DocumentStatus.WITHDRAWN")
	long countUnpublished();

	long countByUnitId(long unitId);

	/** Ordered like the index catalogue_document_category_latest_idx, so that H2 reads only its first rows. */
	@Query(SUMMARY + "where d.category.id = ?1 and d.id <> ?2 "
			+ "and d.status = org.gongkai.catalogue.DocumentStatus.PUBLISHED "
			+ "and d.disclosure = org.gongkai.catalogue.Disclosure.PROACTIVE "
			+ "order by d.category.id, d.status, d.disclosure, d.publishedAt desc, d.id desc")
	List<DocumentSummary> findLatestInCategory(long categoryId, long exceptId, Limit limit);

	/**
	 * Only the successor condition, so that the database takes catalogue_document_successor_idx: with the status
	 * and disclosure conditions too, H2 preferred the index of public documents and read 95,000 rows.
	 */
	@Query(SUMMARY + "where d.successor.id = ?1 order by d.id")
	List<DocumentSummary> findPredecessors(long successorId);

	@Query("select d from Document d where d.disclosure = org.gongkai.catalogue.Disclosure.PROACTIVE "
			+ "and (d.status <> org.gongkai.catalogue.DocumentStatus.WITHDRAWN) and d.formedOn >= ?1")
	List<Document> findProactiveFormedSince(java.time.LocalDate since);

}

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findAllByOrderBySortOrderAscIdAsc();

	Optional<Category> findByCode(String code);

	boolean existsByCode(String code);

}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByDocumentIdOrderByIdAsc(long documentId);

}

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByDocumentIdOrderByIdDesc(long documentId);

	Optional<Revision> findFirstByDocumentIdAndStatus(long documentId, Revision.State status);

	/** Of {@code ids}, the documents whose revision under review {@code username} proposed. */
	@Query("select r.documentId from Revision r where r.createdBy = ?1 and r.documentId in ?2 "
			+ "and r.status = org.gongkai.catalogue.Revision.State.SUBMITTED")
	List<Long> findDocumentsWithRevisionProposedBy(String username, Collection<Long> ids);

}

interface ReviewRepository extends JpaRepository<Review, Long> {

	List<Review> findByDocumentIdOrderByIdDesc(long documentId);

}

interface IndexSerialRepository extends JpaRepository<IndexSerial, IndexSerial.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from IndexSerial s where s.prefix = ?1 and s.serialYear = ?2")
	Optional<IndexSerial> lock(String prefix, int year);

}
