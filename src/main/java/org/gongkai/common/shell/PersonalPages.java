package org.gongkai.common.shell;

import java.util.List;

/**
 * A module's addresses whose answers belong to one person: a lookup by number and query code, a receipt. The shell's
 * page cache can never keep them (they are private to the one who asks), so it lets them pass untouched: it neither
 * buffers the answer nor reads the public version for them, and a citizen's lookup costs no more than its own work.
 * Nothing else changes for them; each page still says {@code Cache-Control: no-store} to every other cache.
 */
public interface PersonalPages {

	/**
	 * Spring path patterns of the personal addresses, e.g. {@code /track/**} or
	 * {@code /api/v1/requests/{trackingNumber}}.
	 */
	List<String> patterns();

}
