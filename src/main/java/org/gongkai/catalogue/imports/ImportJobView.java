package org.gongkai.catalogue.imports;

import java.time.Instant;
import java.util.List;

/** An import as the console shows it: its progress while it runs, and each row's outcome. */
public record ImportJobView(String id, String fileName, String actor, Instant submittedAt, State state, int total,
		int done, long created, long present, long failed, List<RowOutcome> rows) {

	public enum State {

		QUEUED, RUNNING, FINISHED;

		public String messageKey() {
			return "import.state." + name();
		}

	}

	public boolean finished() {
		return state == State.FINISHED;
	}

	/** Done as a whole percentage, for the progress element. */
	public int percent() {
		return total == 0 ? 100 : done * 100 / total;
	}

}
