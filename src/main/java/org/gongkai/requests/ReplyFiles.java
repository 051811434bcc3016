package org.gongkai.requests;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.common.FileStore;
import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * The information released with the reply, as files the handler attaches before issuing it: the types the
 * catalogue accepts ({@link FileTypes}, checked by content) up to the catalogue's size limit
 * ({@code gongkai.catalogue.max-attachment-size}), at most {@value #MAX_FILES}. Stored privately like the
 * applicant's files; once the reply is issued its files are kept as issued, like its letter.
 */
@Service
@Transactional
public class ReplyFiles {

	public static final int MAX_FILES = 20;

	private final RequestRepository requests;

	private final ReplyFileRepository files;

	private final ApplicantFileStore store;

	private final DataSize maxSize;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyFiles(RequestRepository requests, ReplyFileRepository files, ApplicantFileStore store,
			CatalogueProperties catalogue, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.files = files;
		this.store = store;
		this.maxSize = catalogue.maxAttachmentSize();
		this.events = events;
		this.clock = clock;
	}

	/** A file to download: what it is and its bytes (the caller closes the stream). */
	public record Download(ReplyFileView file, InputStream content) {
	}

	/** The largest file accepted, in MB, for the form's hint. */
	public long maxMegabytes() {
		return maxSize.toMegabytes();
	}

	/**
	 * Attaches the files to the reply being prepared, all or none: a refused file (named in the refusal) saves
	 * nothing, and a file written to disk is deleted again when the transaction does not commit.
	 */
	public List<ReplyFileView> attach(Me me, long requestId, List<ApplicantFiles.Upload> uploads) {
		DisclosureRequest request = handled(me, requestId);
		requirePreparing(request);
		List<ApplicantFiles.Upload> present = uploads == null ? List.of()
				: uploads.stream().filter(u -> u != null && u.content() != null && u.content().length > 0
						|| u != null && u.fileName() != null && !u.fileName().isBlank()).toList();
		if (present.isEmpty()) {
			throw RuleViolation.invalid("files", "request.replyFiles.none");
		}
		if (files.countByRequestId(requestId) + present.size() > MAX_FILES) {
			throw RuleViolation.invalid("files", "request.replyFiles.tooMany", MAX_FILES);
		}
		List<FileTypes> types = present.stream().map(this::check).toList();
		List<String> written = new ArrayList<>();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					written.forEach(store::delete);
				}
			}
		});
		List<ReplyFileView> saved = new ArrayList<>();
		for (int i = 0; i < present.size(); i++) {
			ApplicantFiles.Upload upload = present.get(i);
			String name = FileTypes.cleanName(upload.fileName()).orElseThrow();
			String key = store.store(upload.content());
			written.add(key);
			ReplyFile file = files.save(new ReplyFile(requestId, name, types.get(i).contentType(),
					upload.content().length, key, FileStore.sha256(upload.content()), clock.instant(), me.username()));
			saved.add(file.toView());
			events.publishEvent(AuditEvent.of("request.replyFile.attached", "DisclosureRequest",
					request.trackingNumber(), name + " (" + upload.content().length + " bytes)"));
		}
		return saved;
	}

	/** Takes a file off the reply being prepared. */
	public void remove(Me me, long requestId, long fileId) {
		DisclosureRequest request = handled(me, requestId);
		requirePreparing(request);
		ReplyFile file = files.findByIdAndRequestId(fileId, requestId)
			.orElseThrow(() -> RuleViolation.notFound("request.replyFiles.notFound"));
		files.delete(file);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				store.delete(file.storageKey());
			}
		});
		events.publishEvent(AuditEvent.of("request.replyFile.removed", "DisclosureRequest", request.trackingNumber(),
				file.fileName()));
	}

	@Transactional(readOnly = true)
	public List<ReplyFileView> list(Me me, long requestId) {
		handled(me, requestId);
		return files.findByRequestIdOrderById(requestId).stream().map(ReplyFile::toView).toList();
	}

	/** One of the reply's files for a handler of the case; audited like every download of it. */
	public Download download(Me me, long requestId, long fileId) throws IOException {
		DisclosureRequest request = handled(me, requestId);
		ReplyFile file = files.findByIdAndRequestId(fileId, requestId)
			.orElseThrow(() -> RuleViolation.notFound("request.replyFiles.notFound"));
		InputStream content = store.open(file.storageKey());
		events.publishEvent(AuditEvent.of("request.replyFile.downloaded", "DisclosureRequest",
				request.trackingNumber(), file.fileName() + " (#" + fileId + ", staff)"));
		return new Download(file.toView(), content);
	}

	/** The type of an acceptable file; a refusal names the file. */
	private FileTypes check(ApplicantFiles.Upload upload) {
		String name = FileTypes.cleanName(upload.fileName())
			.orElseThrow(() -> RuleViolation.invalid("files", "request.replyFiles.name"));
		if (upload.content().length == 0) {
			throw RuleViolation.invalid("files", "request.replyFiles.empty", name);
		}
		if (upload.content().length > maxSize.toBytes()) {
			throw new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "request.replyFiles.tooLarge", "files", name,
					maxSize.toMegabytes());
		}
		FileTypes type = FileTypes.byName(name)
			.orElseThrow(() -> RuleViolation.invalid("files", "request.replyFiles.type", name));
		if (!type.matches(upload.content())) {
			throw RuleViolation.invalid("files", "request.replyFiles.mismatch", name);
		}
		return type;
	}

	/** Files are attached while the reply is prepared; an issued reply keeps the files it was issued with. */
	private static void requirePreparing(DisclosureRequest request) {
		if (request.repliedOn() != null || !request.status().open()) {
			throw RuleViolation.conflict("files", "request.replyFiles.issued");
		}
	}

	private DisclosureRequest handled(Me me, long requestId) {
		DisclosureRequest request = requests.findById(requestId)
			.orElseThrow(() -> RuleViolation.notFound("request.notFound"));
		RequestPermissions.requireHandle(me, request);
		return request;
	}

}
