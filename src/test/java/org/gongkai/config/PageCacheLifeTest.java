package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How long the page cache keeps a response: its own limit, or less when the response allows shared caches less. */
class PageCacheLifeTest {

	private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

	@Test
	void aShorterMaxAgeShortensTheStay() {
		assertThat(PageCache.life("public, max-age=60", TEN_MINUTES)).isEqualTo(Duration.ofMinutes(1));
		assertThat(PageCache.life("public,max-age=0", TEN_MINUTES)).isZero();
	}

	@Test
	void sharedMaxAgeWinsOverMaxAge() {
		assertThat(PageCache.life("public, max-age=3600, s-maxage=30", TEN_MINUTES)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void theCacheOwnLimitCapsALongerMaxAgeOrNone() {
		assertThat(PageCache.life("public, max-age=86400", TEN_MINUTES)).isEqualTo(TEN_MINUTES);
		assertThat(PageCache.life("public", TEN_MINUTES)).isEqualTo(TEN_MINUTES);
	}

}
