package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.common.Texts;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A document of the catalogue with its national metadata (DOMAIN.md §4). The row holds what the public
 * sees once published; changes to a published document go through a {@link Revision}. Indexed for search
 * only while public ({@link PublicOnly}).
 */
@Entity
@Table(name = "catalogue_document")
@Indexed(index = "document", routingBinder = @RoutingBinderRef(type = PublicOnly.class))
class Document {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(projectable = Projectable.YES)
	private String indexNumber;

	@FullTextField(analyzer = "chinese", projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@FullTextField(analyzer = "chinese", highlightable = Highlightable.ANY)
	private String summary;

	@FullTextField(name = "documentNumberText", analyzer = "chinese")
	private String documentNumber;

	private String issuingBody;

	@GenericField(aggregable = Aggregable.YES)
	private long unitId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private Category category;

	@FullTextField(analyzer = "chinese")
	private String keywords;

	@KeywordField(aggregable = Aggregable.YES)
	private String documentType;

	private LocalDate formedOn;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant publishedAt;

	private LocalDate effectiveOn;

	private LocalDate expiresOn;

	@Enumerated(EnumType.STRING)
	private Disclosure disclosure;

	@Enumerated(EnumType.STRING)
	private ExemptionGround exemptionGround;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Validity validity = Validity.VALID;

	private LocalDate validityChangedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private Document successor;

	private String body;

	@Enumerated(EnumType.STRING)
	private DocumentStatus status = DocumentStatus.DRAFT;

	private Instant scheduledAt;

	private String withdrawnReason;

	private Instant withdrawnAt;

	private int revision;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "document")
	@OrderBy("id")
	@IndexedEmbedded(includePaths = "text")
	private List<Attachment> attachments = new ArrayList<>();

	/** Everyone who created or changed any version of the draft: 四眼原则, none of them reviews it. */
	@ElementCollection
	@CollectionTable(name = "catalogue_document_contributor", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "username")
	private Set<String> contributors = new HashSet<>();

	protected Document() {
	}

	Document(DocumentMetadata metadata, Category category, String sanitizedBody, String createdBy, Instant now) {
		apply(metadata, category, sanitizedBody);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.contributors.add(createdBy);
	}

	/** A document is public when published and proactively disclosed: only then do pages, feeds and search show it. */
	boolean isPublic() {
		return status == DocumentStatus.PUBLISHED && disclosure == Disclosure.PROACTIVE;
	}

	void apply(DocumentMetadata m, Category newCategory, String sanitizedBody) {
		this.title = m.title().strip();
		this.summary = Texts.blankToNull(m.summary());
		this.documentNumber = Texts.blankToNull(m.documentNumber());
		this.issuingBody = m.issuingBody().strip();
		this.unitId = m.unitId();
		this.category = newCategory;
		this.keywords = Texts.blankToNull(m.keywords());
		this.documentType = m.documentType();
		this.formedOn = m.formedOn();
		this.effectiveOn = m.effectiveOn();
		this.expiresOn = m.expiresOn();
		this.disclosure = m.disclosure();
		this.exemptionGround = m.disclosure().needsGround() ? m.exemptionGround() : null;
		this.body = sanitizedBody;
	}

	/** The draft's content or files were changed by {@code by}, who joins its contributors. */
	void edited(String by, Instant now) {
		this.contributors.add(by);
		this.updatedAt = now;
	}

	void submit(Instant now) {
		this.status = DocumentStatus.SUBMITTED;
		this.updatedAt = now;
	}

	void approve(Instant now) {
		this.status = DocumentStatus.APPROVED;
		this.updatedAt = now;
	}

	void returnToEditor(Instant now) {
		this.status = DocumentStatus.DRAFT;
		this.updatedAt = now;
	}

	void schedule(Instant when, Instant now) {
		this.scheduledAt = when;
		this.updatedAt = now;
	}

	void publish(String assignedIndexNumber, Instant now) {
		if (indexNumber == null) {
			this.indexNumber = assignedIndexNumber;
		}
		this.status = DocumentStatus.PUBLISHED;
		this.publishedAt = now;
		this.scheduledAt = null;
		this.revision = 1;
		this.updatedAt = now;
	}

	/** Publishes an approved revision: its content replaces what the public saw. */
	void revise(Revision approved, int newRevision, Instant now) {
		this.title = approved.getTitle();
		this.summary = approved.getSummary();
		this.body = approved.getBody();
		this.revision = newRevision;
		this.updatedAt = now;
	}

	void changeValidity(Validity newValidity, LocalDate since, Document newSuccessor, Instant now) {
		this.validity = newValidity;
		this.validityChangedOn = newValidity == Validity.VALID ? null : since;
		this.successor = newSuccessor;
		this.updatedAt = now;
	}

	void withdraw(String reason, Instant now) {
		this.status = DocumentStatus.WITHDRAWN;
		this.withdrawnReason = reason;
		this.withdrawnAt = now;
		this.updatedAt = now;
	}

	/**
	 * Enters a document taken over from an earlier site or the demo corpus as published on its own historical
	 * date: {@code publishedAt} is when the public first saw it, {@code now} when the row changed.
	 */
	void publishImported(String assignedIndexNumber, Instant publishedAt, Instant now) {
		this.indexNumber = assignedIndexNumber;
		this.status = DocumentStatus.PUBLISHED;
		this.publishedAt = publishedAt;
		this.scheduledAt = null;
		this.revision = 1;
		this.updatedAt = now;
	}

	/** Keeps an imported index number exactly as given. */
	void keepIndexNumber(String imported) {
		this.indexNumber = imported;
	}

	/** Searchable text of the body: the sanitised HTML without its tags. */
	@FullTextField(name = "body", analyzer = "chinese", highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
	String getBodyText() {
		return RichText.toPlainText(body);
	}

	/** 文号 with brackets normalised, so that every way of typing them matches. */
	@KeywordField(name = "documentNumber")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "documentNumber")))
	String getNormalizedDocumentNumber() {
		return DocumentNumbers.normalize(documentNumber);
	}

	@GenericField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedAt")))
	Integer getPublishedYear() {
		return publishedAt == null ? null : publishedAt.atZone(CHINA).getYear();
	}

	@GenericField(name = "categoryId", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "category")))
	Long getCategoryId() {
		return category == null ? null : category.getId();
	}


	Long getId() {
		return id;
	}

	String getIndexNumber() {
		return indexNumber;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	String getDocumentNumber() {
		return documentNumber;
	}

	String getIssuingBody() {
		return issuingBody;
	}

	long getUnitId() {
		return unitId;
	}

	Category getCategory() {
		return category;
	}

	String getKeywords() {
		return keywords;
	}

	String getDocumentType() {
		return documentType;
	}

	LocalDate getFormedOn() {
		return formedOn;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	LocalDate getExpiresOn() {
		return expiresOn;
	}

	Disclosure getDisclosure() {
		return disclosure;
	}

	ExemptionGround getExemptionGround() {
		return exemptionGround;
	}

	Validity getValidity() {
		return validity;
	}

	LocalDate getValidityChangedOn() {
		return validityChangedOn;
	}

	Document getSuccessor() {
		return successor;
	}

	String getBody() {
		return body;
	}

	DocumentStatus getStatus() {
		return status;
	}

	Instant getScheduledAt() {
		return scheduledAt;
	}

	String getWithdrawnReason() {
		return withdrawnReason;
	}

	Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	int getRevision() {
		return revision;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Set<String> getContributors() {
		return Collections.unmodifiableSet(contributors);
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

	List<Attachment> getAttachments() {
		return attachments;
	}

}
