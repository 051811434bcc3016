package org.gongkai.audit;

/**
 * Result of walking the whole chain.
 *
 * @param rowsChecked how many chained rows were checked
 * @param firstBrokenId the number of the first row whose link does not hold, or {@code null} when the chain is
 *        intact or rows are missing at its end
 * @param problem why it is broken, or {@code null} when it is intact: {@code hash} (the row was altered),
 *        {@code link} (the previous row was altered or removed), {@code gap} (a row before this one was
 *        removed), {@code extra} (this row was put into the chain behind its recorded end), {@code tail} (rows were
 *        removed at the end)
 * @param pending rows written but not chained yet (new since the appender's last batch): recorded and shown in
 *        the log, checked by a later verification
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId, String problem, long pending) {

	public boolean intact() {
		return problem == null;
	}

}
