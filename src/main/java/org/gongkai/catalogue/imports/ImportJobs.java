package org.gongkai.catalogue.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.ImportedDocuments.Entry;
import org.gongkai.catalogue.ImportedDocuments.Existing;
import org.gongkai.catalogue.ImportedDocuments.File;
import org.gongkai.catalogue.imports.RowOutcome.Outcome;
import org.gongkai.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs checked imports one after another on a single background thread, {@value #CHUNK} rows per transaction
 * (and so per index commit: one transaction per row spent most of its time waiting for the search index), so
 * that the console can show progress and a failure leaves the rows before it in place. A row that fails rolls
 * its chunk back, and the chunk is then imported row by row, so that only that row fails. A repeated import skips the
 * rows already present, which also makes an interrupted import safe to run again. The last imports are kept
 * in memory for the console.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final int KEPT = 20;

	static final int CHUNK = 100;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(task -> new Thread(task, "catalogue-import"));

	private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

	private final ImportedDocuments imported;

	private final CatalogueProperties properties;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	ImportJobs(ImportedDocuments imported, CatalogueProperties properties, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.imported = imported;
		this.properties = properties;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Queues the rows for import; the archive is closed (and deleted) when the job ends. */
	ImportJobView submit(String actor, String fileName, List<PlannedRow> rows, AttachmentArchive archive) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), fileName, actor, clock.instant(), rows, archive);
		synchronized (jobs) {
			jobs.put(job.id(), job);
			while (jobs.size() > KEPT) {
				jobs.remove(jobs.keySet().iterator().next());
			}
		}
		job.submitted(executor.submit(() -> run(job)));
		return job.view();
	}

	List<ImportJobView> recent() {
		synchronized (jobs) {
			List<ImportJobView> views = new ArrayList<>(jobs.values().stream().map(ImportJob::view).toList());
			Collections.reverse(views);
			return views;
		}
	}

	Optional<ImportJobView> get(String id) {
		synchronized (jobs) {
			return Optional.ofNullable(jobs.get(id)).map(ImportJob::view);
		}
	}

	/** Waits for a job to end (for callers that need its outcome at once, such as tests). */
	ImportJobView await(String id, Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
		ImportJob job;
		synchronized (jobs) {
			job = jobs.get(id);
		}
		job.future().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		return job.view();
	}

	private void run(ImportJob job) {
		job.started();
		try {
			List<PlannedRow> rows = job.rows();
			for (int from = 0; from < rows.size(); from += CHUNK) {
				importChunk(job, rows.subList(from, Math.min(rows.size(), from + CHUNK))).forEach(job::record);
			}
		}
		finally {
			job.finished();
			ImportJobView done = job.view();
			transactions.executeWithoutResult(status -> events.publishEvent(AuditEvent.of("catalogue.imported",
					"Import", job.id(), "\"" + job.fileName() + "\": " + done.total() + " rows, " + done.created()
							+ " created, " + done.present() + " already present, " + done.failed() + " failed")
				.by(job.actor())));
		}
	}

	private List<RowOutcome> importChunk(ImportJob job, List<PlannedRow> chunk) {
		try {
			return transactions.execute(status -> {
				// Flushed once at commit: flushing a growing session before each query cost more than the rows.
				entityManager.setFlushMode(FlushModeType.COMMIT);
				return chunk.stream().map(row -> tryRow(job, row)).toList();
			});
		}
		catch (RuntimeException ex) {
			return chunk.stream().map(row -> importRow(job, row)).toList();
		}
	}

	private RowOutcome importRow(ImportJob job, PlannedRow row) {
		try {
			return transactions.execute(status -> tryRow(job, row));
		}
		catch (RuleViolation ex) {
			return new RowOutcome(row.line(), row.title(), Outcome.FAILED, null, row.indexNumber(), ex.messageKey(),
					Arrays.asList(ex.arguments()));
		}
		catch (RuntimeException ex) {
			log.warn("import {} row {} failed", job.id(), row.line(), ex);
			return new RowOutcome(row.line(), row.title(), Outcome.FAILED, null, row.indexNumber(),
					"import.outcome.error", List.of());
		}
	}

	private RowOutcome tryRow(ImportJob job, PlannedRow row) {
		Optional<Existing> existing = row.indexNumber() != null ? imported.byIndexNumber(row.indexNumber())
				: imported.same(row.metadata().documentNumber(), row.title(), row.metadata().formedOn());
		if (existing.isPresent()) {
			return outcome(row, Outcome.PRESENT, existing.get());
		}
		long limit = properties.maxAttachmentSize().toBytes();
		List<File> files = row.attachments()
			.stream()
			.map(entry -> new File(entry, job.archive().read(entry, limit)))
			.toList();
		Existing created = imported.publish(new Entry(row.indexNumber(), row.metadata(), row.publishedAt(),
				row.validity(), row.validitySince(), files), job.actor());
		return outcome(row, Outcome.CREATED, created);
	}

	private static RowOutcome outcome(PlannedRow row, Outcome outcome, Existing document) {
		return new RowOutcome(row.line(), row.title(), outcome, document.id(), document.indexNumber(), null, List.of());
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
