package org.gongkai.catalogue.site;

import java.time.ZoneId;

/** Dates on public pages are the dates in China, whatever the server's zone. */
final class SiteDates {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private SiteDates() {
	}

}
