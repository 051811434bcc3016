package org.gongkai.audit;

/**
 * Result of walking the whole chain.
 *
 * @param rowsChecked how many rows were checked
 * @param firstBrokenId the first row whose link does not hold, or {@code null} when the chain is intact
 * @param problem why it is broken: {@code hash} (the row was altered), {@code link} (the previous row was
 * altered or removed), {@code gap} (a row is missing), {@code tail} (rows were removed at the end)
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId, String problem) {

	public boolean intact() {
		return firstBrokenId == null;
	}

}
