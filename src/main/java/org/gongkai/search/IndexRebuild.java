package org.gongkai.search;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.gongkai.audit.AuditEvent;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index from the database (重建索引) with the mass indexer, in the background on one
 * thread: for rows that were written without Hibernate (Flyway, a copied database) and after a change of
 * the index mapping. Every indexed entity is rebuilt: the catalogue's documents and the records other modules index
 * for their lists' words ({@link WordMatches}). The mass indexer empties the index first and manages its own transactions; until it
 * finishes, search finds only what it has written so far. One run at a time on this node.
 */
@Service
public class IndexRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private static final int LOADING_THREADS = 2;

	private final EntityManagerFactory entityManagerFactory;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(task -> new Thread(task, "search-index-rebuild"));

	private RebuildMonitor current;

	private CompletableFuture<RebuildProgress> lastRun = CompletableFuture.completedFuture(RebuildProgress.never());

	IndexRebuild(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Starts a rebuild unless one is running, and audits it.
	 *
	 * @param actor who asked, or {@code null} for the system (at start-up)
	 * @param reason why, for the audit log
	 * @return whether a rebuild was started
	 */
	public synchronized boolean start(String actor, String reason) {
		if (current != null && current.snapshot().running()) {
			return false;
		}
		RebuildMonitor monitor = new RebuildMonitor(clock, actor == null ? "system" : actor);
		current = monitor;
		transactions.executeWithoutResult(status -> events.publishEvent(
				AuditEvent.of("search.rebuild.started", "SearchIndex", SearchService.DOCUMENT, reason)));
		lastRun = CompletableFuture.supplyAsync(() -> run(monitor), executor);
		return true;
	}

	public synchronized RebuildProgress progress() {
		return current == null ? RebuildProgress.never() : current.snapshot();
	}

	/** The last run, to wait for in tests. */
	synchronized CompletableFuture<RebuildProgress> lastRun() {
		return lastRun;
	}

	private RebuildProgress run(RebuildMonitor monitor) {
		try {
			Search.mapping(entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.threadsToLoadObjects(LOADING_THREADS)
				.monitor(monitor)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			monitor.failed();
		}
		catch (RuntimeException ex) {
			log.error("Rebuilding the search index failed", ex);
			monitor.failed();
		}
		RebuildProgress outcome = monitor.snapshot();
		transactions.executeWithoutResult(status -> events.publishEvent(AuditEvent
			.of("search.rebuild." + outcome.state().name().toLowerCase(java.util.Locale.ROOT), "SearchIndex", SearchService.DOCUMENT,
					outcome.done() + " documents indexed")
			.by("system")));
		return outcome;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
