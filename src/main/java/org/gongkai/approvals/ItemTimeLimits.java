package org.gongkai.approvals;

import java.util.Optional;

/**
 * Where a case's time limits come from when its item has a service guide: implemented by the module that keeps
 * the guides, so that approvals does not depend on it. Without an implementation (or a guide), staff enter them.
 */
public interface ItemTimeLimits {

	/** The statutory and promised limits in working days of the published guide of power item {@code powerCode}. */
	Optional<Limits> forItem(String powerCode);

	/**
	 * @param statutoryDays 法定办结时限
	 * @param promisedDays 承诺办结时限
	 * @param guideCode the guide they were read from
	 */
	record Limits(int statutoryDays, int promisedDays, String guideCode) {
	}

}
