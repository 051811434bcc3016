package org.gongkai.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.FileStore;
import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of drafts: type checked by content, size limited, stored content-addressed, text extracted
 * for search. Downloads keep the Chinese file name.
 */
@Service
@Transactional
public class Attachments {

	private final DocumentRepository documents;

	private final AttachmentRepository attachments;

	private final FileStore files;

	private final TextExtraction extraction;

	private final CatalogueProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Attachments(DocumentRepository documents, AttachmentRepository attachments, FileStore files,
			TextExtraction extraction, CatalogueProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.attachments = attachments;
		this.files = files;
		this.extraction = extraction;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** A downloadable attachment: its metadata and a way to open its bytes. */
	public record Download(AttachmentView attachment, InputStream content) {
	}

	public AttachmentView attach(Me me, long documentId, String fileName, byte[] content) {
		Document document = documents.findById(documentId)
			.orElseThrow(() -> RuleViolation.notFound("document.notFound", documentId));
		DocumentPermissions.requireEdit(me, document.getUnitId());
		if (document.getStatus() != DocumentStatus.DRAFT) {
			throw RuleViolation.conflict(null, "attachment.notDraft");
		}
		if (content.length > properties.maxAttachmentSize().toBytes()) {
			throw new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.tooLarge", "file",
					properties.maxAttachmentSize().toMegabytes());
		}
		String name = cleanName(fileName);
		FileTypes type = FileTypes.byName(name)
			.orElseThrow(() -> RuleViolation.invalid("file", "attachment.type.unsupported", name));
		if (!type.matches(content)) {
			throw RuleViolation.invalid("file", "attachment.type.mismatch", name);
		}
		String sha256 = files.store(content);
		Attachment attachment = attachments.save(new Attachment(document,
				new StoredFile(name, type.contentType(), content.length, sha256), extraction.extract(type, content),
				clock.instant()));
		document.getAttachments().add(attachment);
		document.edited(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("attachment.added", "Document", documentId,
				name + " (" + content.length + " bytes, sha256 " + sha256.substring(0, 12) + ")"));
		return attachment.toView();
	}

	public void remove(Me me, long attachmentId) {
		Attachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> RuleViolation.notFound("attachment.notFound", attachmentId));
		Document document = attachment.getDocument();
		DocumentPermissions.requireEdit(me, document.getUnitId());
		if (document.getStatus() != DocumentStatus.DRAFT) {
			throw RuleViolation.conflict(null, "attachment.notDraft");
		}
		document.getAttachments().remove(attachment);
		attachments.delete(attachment);
		document.edited(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("attachment.removed", "Document", document.getId(), attachment.getFileName()));
	}

	/** An attachment of a public document, for anyone. */
	@Transactional(readOnly = true)
	public Download publicDownload(long attachmentId) throws IOException {
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getDocument().isPublic())
			.orElseThrow(() -> RuleViolation.notFound("attachment.notFound", attachmentId));
		return new Download(attachment.toView(), files.open(attachment.getSha256()));
	}

	/** Any attachment the staff member's unit may see. */
	@Transactional(readOnly = true)
	public Download staffDownload(Me me, long attachmentId) throws IOException {
		Attachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> RuleViolation.notFound("attachment.notFound", attachmentId));
		org.gongkai.identity.UnitScope.require(me, attachment.getDocument().getUnitId());
		return new Download(attachment.toView(), files.open(attachment.getSha256()));
	}

	private static String cleanName(String fileName) {
		return FileTypes.cleanName(fileName).orElseThrow(() -> RuleViolation.invalid("file", "attachment.name.invalid"));
	}

}
