package org.gongkai.requests;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * Files an applicant sends with an online application (proof of identity, supporting material): at most
 * {@value #MAX_FILES} PDF, JPEG or PNG files of at most 10 MB each, saved with the application or not at all. Only
 * the staff who may handle the application see and download them, and every download is audited.
 */
@Service
public class ApplicantFiles {

	public static final int MAX_FILES = 3;

	public static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(10);

	private final Applications applications;

	private final RequestRepository requests;

	private final RequestAttachmentRepository attachments;

	private final ApplicantFileStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicantFiles(Applications applications, RequestRepository requests, RequestAttachmentRepository attachments,
			ApplicantFileStore store, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.requests = requests;
		this.attachments = attachments;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** A file as it arrived: the name the applicant's computer gave it and its bytes. */
	public record Upload(String fileName, byte[] content) {
	}

	/** A file to download: what it is and its bytes (the caller closes the stream). */
	public record Download(ApplicantFileView file, InputStream content) {
	}

	/**
	 * What is wrong with the files, one refusal per bad file (field {@code files}); empty when they may be saved.
	 * Empty uploads (a file input left blank) are ignored.
	 */
	public List<RuleViolation> problems(List<Upload> uploads) {
		List<RuleViolation> problems = new ArrayList<>();
		List<Upload> files = present(uploads);
		if (files.size() > MAX_FILES) {
			problems.add(RuleViolation.invalid("files", "request.files.tooMany", MAX_FILES));
		}
		for (Upload file : files) {
			String name = cleanName(file.fileName());
			if (name.isEmpty() || name.length() > 255) {
				problems.add(RuleViolation.invalid("files", "request.files.name"));
			}
			else if (file.content().length == 0) {
				problems.add(RuleViolation.invalid("files", "request.files.empty", name));
			}
			else if (file.content().length > MAX_FILE_SIZE.toBytes()) {
				problems.add(new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "request.files.tooLarge", "files", name,
						MAX_FILE_SIZE.toMegabytes()));
			}
			else if (ApplicantFileTypes.byName(name).isEmpty()) {
				problems.add(RuleViolation.invalid("files", "request.files.type", name));
			}
			else if (!ApplicantFileTypes.byName(name).get().matches(file.content())) {
				problems.add(RuleViolation.invalid("files", "request.files.mismatch", name));
			}
		}
		return problems;
	}

	/**
	 * Receives an online application ({@link Applications#apply}) with its files, all or nothing: a bad file saves
	 * nothing, and a file written to disk is deleted again when the application does not commit. A repeated
	 * submission (same key) returns the first receipt without its code and stores no files again.
	 */
	@Transactional
	public Receipt submit(ApplicationForm form, String submissionKey, List<Upload> uploads) {
		List<RuleViolation> problems = problems(uploads);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Receipt receipt = applications.apply(form, submissionKey);
		List<Upload> files = present(uploads);
		if (receipt.queryCode() == null || files.isEmpty()) {
			return receipt;
		}
		DisclosureRequest request = requests.findByTrackingNumber(receipt.trackingNumber()).orElseThrow();
		List<String> written = new ArrayList<>();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					written.forEach(store::delete);
				}
			}
		});
		for (Upload file : files) {
			String name = cleanName(file.fileName());
			String key = store.store(file.content());
			written.add(key);
			attachments.save(new RequestAttachment(request.id(), name,
					ApplicantFileTypes.byName(name).orElseThrow().contentType(), file.content().length, key,
					sha256(file.content()), clock.instant()));
		}
		events.publishEvent(AuditEvent.of("request.files.received", "DisclosureRequest", request.trackingNumber(),
				files.size() + " file(s) from the applicant").by("applicant"));
		return receipt;
	}

	/** The applicant's files of an application the staff member may handle (else 404, as for the case). */
	@Transactional(readOnly = true)
	public List<ApplicantFileView> list(Me me, long requestId) {
		handled(me, requestId);
		return attachments.findByRequestIdOrderById(requestId).stream().map(RequestAttachment::toView).toList();
	}

	/** One of the applicant's files, for a staff member who may handle the application; audited. */
	@Transactional
	public Download download(Me me, long requestId, long attachmentId) throws IOException {
		DisclosureRequest request = handled(me, requestId);
		RequestAttachment attachment = attachments.findByIdAndRequestId(attachmentId, requestId)
			.orElseThrow(() -> RuleViolation.notFound("request.files.notFound"));
		InputStream content = store.open(attachment.storageKey());
		events.publishEvent(AuditEvent.of("request.file.downloaded", "DisclosureRequest", request.trackingNumber(),
				"applicant's file #" + attachmentId));
		return new Download(attachment.toView(), content);
	}

	private DisclosureRequest handled(Me me, long requestId) {
		DisclosureRequest request = requests.findById(requestId)
			.orElseThrow(() -> RuleViolation.notFound("request.notFound"));
		if (!RequestPermissions.canHandle(me, request.unitIds())) {
			throw RuleViolation.notFound("request.notFound");
		}
		return request;
	}

	private static List<Upload> present(List<Upload> uploads) {
		if (uploads == null) {
			return List.of();
		}
		return uploads.stream()
			.filter(u -> u != null && u.content() != null && (u.content().length > 0
					|| (u.fileName() != null && !u.fileName().isBlank())))
			.toList();
	}

	private static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1).strip();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
