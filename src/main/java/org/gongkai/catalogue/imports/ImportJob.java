package org.gongkai.catalogue.imports;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

import org.gongkai.catalogue.imports.ImportJobView.State;
import org.gongkai.catalogue.imports.RowOutcome.Outcome;

/** One import handed to the background: its checked rows, its ZIP, and the outcomes so far (read by page requests). */
final class ImportJob {

	private final String id;

	private final String fileName;

	private final String actor;

	private final Instant submittedAt;

	/** The rows to import, dropped when the job ends (with their bodies they are the bulk of an import's memory). */
	private volatile List<PlannedRow> rows;

	private final int total;

	private final AttachmentArchive archive;

	private final List<RowOutcome> outcomes = new CopyOnWriteArrayList<>();

	private volatile State state = State.QUEUED;

	private volatile Future<?> future;

	ImportJob(String id, String fileName, String actor, Instant submittedAt, List<PlannedRow> rows,
			AttachmentArchive archive) {
		this.id = id;
		this.fileName = fileName;
		this.actor = actor;
		this.submittedAt = submittedAt;
		this.rows = List.copyOf(rows);
		this.total = rows.size();
		this.archive = archive;
	}

	void started() {
		state = State.RUNNING;
	}

	void record(RowOutcome outcome) {
		outcomes.add(outcome);
	}

	void finished() {
		state = State.FINISHED;
		rows = List.of();
		archive.close();
	}

	ImportJobView view() {
		List<RowOutcome> done = List.copyOf(outcomes);
		return new ImportJobView(id, fileName, actor, submittedAt, state, total, done.size(),
				count(done, Outcome.CREATED), count(done, Outcome.PRESENT), count(done, Outcome.FAILED), done);
	}

	private static long count(List<RowOutcome> outcomes, Outcome outcome) {
		return outcomes.stream().filter(o -> o.outcome() == outcome).count();
	}

	String id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	String actor() {
		return actor;
	}

	List<PlannedRow> rows() {
		return rows;
	}

	AttachmentArchive archive() {
		return archive;
	}

	Future<?> future() {
		return future;
	}

	void submitted(Future<?> running) {
		this.future = running;
	}

}
