package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.FileStore;
import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents taken over from elsewhere (迁移导入): the pages of an earlier site and the demo corpus. They were
 * published long ago, so they enter the catalogue already published on their own date, outside the review
 * workflow; callers check who may import. Each gets its index number (kept as given, or generated), a
 * revision-1 snapshot, its attachments (type checked like uploads) and a {@code document.imported} audit entry.
 * No {@link DocumentPublished} is announced: nothing new was published today.
 */
@Service
@Transactional
public class ImportedDocuments {

	/**
	 * One document to import.
	 * @param indexNumber the earlier site's 索引号, kept exactly; blank to generate one from the year formed
	 * @param publishedAt when it was first published
	 * @param validity its 有效性, with the date it changed when known
	 */
	public record Entry(String indexNumber, DocumentMetadata metadata, Instant publishedAt, Validity validity,
			LocalDate validitySince, List<File> files) {
	}

	/** An attachment's name and bytes. */
	public record File(String name, byte[] content) {
	}

	/** A document already in the catalogue that an imported row matches. */
	public record Existing(long id, String indexNumber, String title) {
	}

	private final DocumentRepository documents;

	private final CategoryRepository categories;

	private final RevisionRepository revisions;

	private final AttachmentRepository attachments;

	private final IndexNumbers indexNumbers;

	private final FileStore files;

	private final TextExtraction extraction;

	private final CatalogueProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportedDocuments(DocumentRepository documents, CategoryRepository categories, RevisionRepository revisions,
			AttachmentRepository attachments, IndexNumbers indexNumbers, FileStore files, TextExtraction extraction,
			CatalogueProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.categories = categories;
		this.revisions = revisions;
		this.attachments = attachments;
		this.indexNumbers = indexNumbers;
		this.files = files;
		this.extraction = extraction;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** How many documents the catalogue holds, in any state. */
	@Transactional(readOnly = true)
	public long count() {
		return documents.count();
	}

	@Transactional(readOnly = true)
	public Optional<Existing> byIndexNumber(String indexNumber) {
		return documents.findByIndexNumber(indexNumber.strip()).map(ImportedDocuments::existing);
	}

	/** The document with this 文号 (or none), title and date formed: how a row without 索引号 is recognised. */
	@Transactional(readOnly = true)
	public Optional<Existing> same(String documentNumber, String title, LocalDate formedOn) {
		String number = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
		Specification<Document> match = (root, query, cb) -> cb.and(cb.equal(root.get("title"), title.strip()),
				cb.equal(root.get("formedOn"), formedOn), number == null ? cb.isNull(root.get("documentNumber"))
						: cb.equal(root.get("documentNumber"), number));
		return documents.findAll(match).stream().findFirst().map(ImportedDocuments::existing);
	}

	/** Why an attachment would be refused (unsupported type, content not matching its name, too large), if it would. */
	public Optional<RuleViolation> attachmentProblem(String name, byte[] content) {
		if (content.length > properties.maxAttachmentSize().toBytes()) {
			return Optional.of(new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.tooLarge", "file",
					properties.maxAttachmentSize().toMegabytes()));
		}
		Optional<FileTypes> type = FileTypes.byName(name);
		if (type.isEmpty()) {
			return Optional.of(RuleViolation.invalid("file", "attachment.type.unsupported", name));
		}
		return type.get().matches(content) ? Optional.empty()
				: Optional.of(RuleViolation.invalid("file", "attachment.type.mismatch", name));
	}

	/** Enters one document as published on {@code entry.publishedAt()}; {@code actor} is recorded as its author. */
	public Existing publish(Entry entry, String actor) {
		DocumentMetadata m = entry.metadata();
		Category category = categories.findById(m.categoryId())
			.orElseThrow(() -> RuleViolation.invalid("categoryId", "document.category.unknown"));
		if (!properties.documentTypes().contains(m.documentType())) {
			throw RuleViolation.invalid("documentType", "document.type.unknown", m.documentType());
		}
		if (m.disclosure().needsGround() && m.exemptionGround() == null) {
			throw RuleViolation.invalid("exemptionGround", "document.ground.required");
		}
		Instant now = clock.instant();
		Document document = new Document(m, category, RichText.sanitize(m.body()), actor, now);
		document.publishImported(indexNumber(entry), entry.publishedAt(), now);
		if (entry.validity() != Validity.VALID) {
			document.changeValidity(entry.validity(), entry.validitySince(), null, now);
		}
		documents.save(document);
		revisions.save(Revision.published(document, 1, null, actor, entry.publishedAt()));
		for (File file : entry.files()) {
			attach(document, file);
		}
		events.publishEvent(AuditEvent.of("document.imported", "Document", document.getId(),
				document.getIndexNumber() + " \"" + document.getTitle() + "\", published " + entry.publishedAt())
			.by(actor));
		return existing(document);
	}

	private String indexNumber(Entry entry) {
		if (entry.indexNumber() == null || entry.indexNumber().isBlank()) {
			return indexNumbers.next(entry.metadata().formedOn().getYear());
		}
		String kept = entry.indexNumber().strip();
		if (documents.existsByIndexNumber(kept)) {
			throw RuleViolation.conflict("indexNumber", "import.indexNumber.taken", kept);
		}
		indexNumbers.reserve(kept);
		return kept;
	}

	private void attach(Document document, File file) {
		String name = file.name().substring(file.name().replace('\\', '/').lastIndexOf('/') + 1).strip();
		attachmentProblem(name, file.content()).ifPresent(problem -> {
			throw problem;
		});
		FileTypes type = FileTypes.byName(name).orElseThrow();
		String sha256 = files.store(file.content());
		Attachment attachment = attachments.save(new Attachment(document,
				new StoredFile(name, type.contentType(), file.content().length, sha256),
				extraction.extract(type, file.content()), clock.instant()));
		document.getAttachments().add(attachment);
	}

	private static Existing existing(Document document) {
		return new Existing(document.getId(), document.getIndexNumber(), document.getTitle());
	}

}
