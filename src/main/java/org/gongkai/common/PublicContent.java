package org.gongkai.common;

import java.time.Instant;

/**
 * A module's public pages as a cache must know them: when what they show last changed, and whatever else they
 * show that has no date (a count, the names of the categories). The page cache and the validators (ETag,
 * Last-Modified) of public pages are built from the state of every module that implements this, through
 * {@link PublicVersion}.
 */
public interface PublicContent {

	State state();

	/**
	 * @param lastChange when the public content last changed
	 * @param detail anything else the pages show that can change without moving {@code lastChange}
	 */
	record State(Instant lastChange, String detail) {
	}

}
