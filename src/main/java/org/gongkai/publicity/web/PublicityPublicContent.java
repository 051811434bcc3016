package org.gongkai.publicity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.common.PublicContent;
import org.gongkai.publicity.PublicityLists;
import org.springframework.stereotype.Component;

/**
 * What the public 双公示 pages are built from: the records, whose latest change (registered, published, corrected,
 * withdrawn) marks the version, not the audit log, where every staff view of a record is also written; and the year,
 * whose counts the landing page shows.
 */
@Component
class PublicityPublicContent implements PublicContent {

	private final PublicityLists lists;

	private final Clock clock;

	PublicityPublicContent(PublicityLists lists, Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	@Override
	public State state() {
		String year = String.valueOf(LocalDate.now(clock).getYear());
		Instant last = lists.lastChange().orElse(Instant.EPOCH);
		return new State(last, "publicity " + last.toEpochMilli() + " " + year);
	}

}
