package org.gongkai.catalogue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitScope;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the catalogue: public lists and pages (public documents only), and the staff's view of their units. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	/**
	 * Newest first. The leading equality columns change nothing in the order, but let H2 read the first rows of
	 * the index catalogue_document_latest_idx instead of sorting every public document.
	 */
	private static final Sort NEWEST_PUBLIC_FIRST = Sort.by("status", "disclosure")
		.and(Sort.by(Sort.Direction.DESC, "publishedAt"))
		.and(Sort.by(Sort.Direction.DESC, "id"));

	private static final ZoneId CHINA = Document.CHINA;

	private final DocumentRepository documents;

	private final CategoryRepository categories;

	private final AttachmentRepository attachments;

	private final RevisionRepository revisions;

	private final ReviewRepository reviews;

	Catalogue(DocumentRepository documents, CategoryRepository categories, AttachmentRepository attachments,
			RevisionRepository revisions, ReviewRepository reviews) {
		this.documents = documents;
		this.categories = categories;
		this.attachments = attachments;
		this.revisions = revisions;
		this.reviews = reviews;
	}

	public List<CategoryView> categories() {
		return categories.findAllByOrderBySortOrderAscIdAsc().stream().map(Category::toView).toList();
	}

	/** Public documents, newest first, every page reachable to the end. */
	public Page<DocumentSummary> publicPage(CatalogueFilter filter, int page, int size) {
		Pageable pageable = PageRequest.of(Math.max(page, 0), size, NEWEST_PUBLIC_FIRST);
		return documents.findAll(publicDocuments().and(matching(filter)), pageable).map(DocumentSummary::of);
	}

	public Optional<DocumentView> publicDocument(long id) {
		return documents.findWithCategory(id).filter(Document::isPublic).map(this::view);
	}

	/** Whether the document is public, without reading it. */
	public boolean isPublic(long id) {
		return documents.isPublic(id);
	}

	/**
	 * A public document with what its page shows around it, read in one transaction: the successor when public,
	 * the public predecessors and up to {@code related} latest other public documents of its category (summaries,
	 * without their bodies).
	 */
	public Optional<PublicDocument> publicDocumentPage(long id, int related) {
		return publicDocument(id).map(document -> {
			DocumentView.Successor successor = document.successor();
			return new PublicDocument(document,
					successor != null && documents.isPublic(successor.id()) ? successor : null,
					predecessors(id),
					documents.findLatestInCategory(document.categoryId(), id, Limit.of(related)));
		});
	}

	public Optional<DocumentView> publicByIndexNumber(String indexNumber) {
		return documents.findByIndexNumber(indexNumber).filter(Document::isPublic).map(this::view);
	}

	/** Public documents that name this one as their successor, for "replaces" links. */
	public List<DocumentSummary> predecessors(long id) {
		return documents.findPredecessors(id).stream().filter(DocumentSummary::isPublic).toList();
	}

	/** Documents of the staff member's units (all units for the disclosure office), in any state. */
	public Page<DocumentSummary> staffPage(Me me, DocumentStatus status, int page, int size) {
		Specification<Document> scope = (root, query, cb) -> me.office() || me.admin() ? cb.conjunction()
				: cb.equal(root.get("unitId"), me.unitId());
		Specification<Document> inStatus = (root, query, cb) -> status == null ? cb.conjunction()
				: cb.equal(root.get("status"), status);
		return documents
			.findAll(scope.and(inStatus),
					PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Direction.DESC, "updatedAt")))
			.map(DocumentSummary::of);
	}

	/**
	 * Of the listed documents, those whose draft or pending revision {@code me} created or changed: four eyes
	 * ({@link org.gongkai.identity.FourEyes}) leaves their review to someone else, and the review queue says so.
	 */
	public Set<Long> notMineToReview(Me me, List<DocumentSummary> listed) {
		List<Long> ids = listed.stream().map(DocumentSummary::id).toList();
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<Long> mine = new HashSet<>(documents.findSubmittedContributedTo(me.username(), ids));
		mine.addAll(revisions.findDocumentsWithRevisionProposedBy(me.username(), ids));
		return mine;
	}

	public DocumentView staffDocument(Me me, long id) {
		Document document = documents.findWithCategory(id)
			.orElseThrow(() -> RuleViolation.notFound("document.notFound", id));
		UnitScope.require(me, document.getUnitId());
		return view(document);
	}

	public List<ReviewView> reviews(Me me, long id) {
		staffDocument(me, id);
		return reviews.findByDocumentIdOrderByIdDesc(id).stream().map(Review::toView).toList();
	}

	public Optional<RevisionView> pendingRevision(long id) {
		return revisions.findFirstByDocumentIdAndStatus(id, Revision.State.SUBMITTED).map(Revision::toView);
	}

	private DocumentView view(Document document) {
		List<AttachmentView> files = attachments.findByDocumentIdOrderByIdAsc(document.getId())
			.stream()
			.map(Attachment::toView)
			.toList();
		List<RevisionView> history = revisions.findByDocumentIdOrderByIdDesc(document.getId())
			.stream()
			.filter(r -> r.getStatus() == Revision.State.PUBLISHED)
			.map(Revision::toView)
			.toList();
		return DocumentView.of(document, files, history);
	}

	static Specification<Document> publicDocuments() {
		return (root, query, cb) -> cb.and(cb.equal(root.get("status"), DocumentStatus.PUBLISHED),
				cb.equal(root.get("disclosure"), Disclosure.PROACTIVE));
	}

	private Specification<Document> matching(CatalogueFilter f) {
		Set<Long> categoryIds = f.category() == null ? Set.of() : withDescendants(f.category());
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!categoryIds.isEmpty()) {
				where.add(root.get("category").get("id").in(categoryIds));
			}
			if (f.unit() != null) {
				where.add(cb.equal(root.get("unitId"), f.unit()));
			}
			if (f.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("publishedAt"),
						java.time.LocalDate.of(f.year(), 1, 1).atStartOfDay(CHINA).toInstant()));
				where.add(cb.lessThan(root.get("publishedAt"),
						java.time.LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(CHINA).toInstant()));
			}
			if (f.type() != null && !f.type().isBlank()) {
				where.add(cb.equal(root.get("documentType"), f.type()));
			}
			if (f.validity() != null) {
				where.add(cb.equal(root.get("validity"), f.validity()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private Set<Long> withDescendants(long categoryId) {
		List<Category> all = categories.findAll();
		Set<Long> ids = new HashSet<>(Set.of(categoryId));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Category c : all) {
				if (c.getParentId() != null && ids.contains(c.getParentId()) && ids.add(c.getId())) {
					grew = true;
				}
			}
		}
		return ids;
	}

}
