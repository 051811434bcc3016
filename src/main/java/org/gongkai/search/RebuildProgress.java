package org.gongkai.search;

import java.time.Instant;

/**
 * Where the last rebuild of the index stands, as the console shows it.
 *
 * @param state never run since start-up, running, finished or failed
 * @param done documents written to the index so far
 * @param total catalogue rows the rebuild reads (drafts and withdrawn ones included; only public ones are
 *        written)
 * @param startedAt when it started
 * @param finishedAt when it finished or failed
 * @param startedBy who started it ({@code system} at start-up)
 */
public record RebuildProgress(State state, long done, long total, Instant startedAt, Instant finishedAt,
		String startedBy) {

	public enum State {

		NEVER, RUNNING, FINISHED, FAILED;

		public String messageKey() {
			return "search.rebuild.state." + name();
		}

	}

	static RebuildProgress never() {
		return new RebuildProgress(State.NEVER, 0, 0, null, null, null);
	}

	public boolean running() {
		return state == State.RUNNING;
	}

}
