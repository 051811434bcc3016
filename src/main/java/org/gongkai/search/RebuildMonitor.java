package org.gongkai.search;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;

/** Counts a mass indexing run as it goes, so that the console can show done/total while it runs. */
class RebuildMonitor implements MassIndexingMonitor {

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong total = new AtomicLong();

	private final Clock clock;

	private final Instant startedAt;

	private final String startedBy;

	private volatile RebuildProgress.State state = RebuildProgress.State.RUNNING;

	private volatile Instant finishedAt;

	RebuildMonitor(Clock clock, String startedBy) {
		this.clock = clock;
		this.startedAt = clock.instant();
		this.startedBy = startedBy;
	}

	RebuildProgress snapshot() {
		return new RebuildProgress(state, done.get(), total.get(), startedAt, finishedAt, startedBy);
	}

	void failed() {
		finish(RebuildProgress.State.FAILED);
	}

	@Override
	public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
		return new MassIndexingTypeGroupMonitor() {

			@Override
			public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
				started.totalCount().ifPresent(total::addAndGet);
			}

			@Override
			public void documentsIndexed(long increment) {
				// counted once for all type groups in documentsAdded
			}

			@Override
			public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
				// the whole run completes in indexingCompleted()
			}

		};
	}

	@Override
	public void documentsAdded(long increment) {
		done.addAndGet(increment);
	}

	@Override
	public void documentsBuilt(long increment) {
		// documentsAdded counts what reached the index
	}

	@Override
	public void entitiesLoaded(long increment) {
		// documentsAdded counts what reached the index
	}

	@Override
	public void indexingCompleted() {
		finish(RebuildProgress.State.FINISHED);
	}

	private void finish(RebuildProgress.State outcome) {
		if (state == RebuildProgress.State.RUNNING) {
			finishedAt = clock.instant();
			state = outcome;
		}
	}

}
