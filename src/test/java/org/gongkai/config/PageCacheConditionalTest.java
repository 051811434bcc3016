package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.PageCacheProperties;
import org.gongkai.common.PublicContent;
import org.gongkai.common.PublicVersion;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * Revalidations that miss the page cache: the application is asked for the whole page (so that it can be kept)
 * and the reader still gets the 304 it asked for, whether the page was kept or was too large to keep.
 */
class PageCacheConditionalTest {

	private static final String ETAG = "\"v1\"";

	private final AtomicInteger renderings = new AtomicInteger();

	private final AtomicInteger validatorsSeen = new AtomicInteger();

	@Test
	void aMissedRevalidationKeepsThePageAndAnswersNotModified() throws Exception {
		PageCache cache = cache(DataSize.ofKilobytes(64));
		MockHttpServletResponse first = perform(cache, revalidation());
		assertThat(first.getStatus()).isEqualTo(304);
		assertThat(first.getContentAsByteArray()).isEmpty();
		assertThat(first.getHeader(PageCache.STATUS_HEADER)).isEqualTo("miss");
		assertThat(validatorsSeen).as("the application got the request without its validators").hasValue(0);

		MockHttpServletResponse kept = perform(cache, new MockHttpServletRequest("GET", "/page"));
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(kept.getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
		assertThat(kept.getContentAsString(StandardCharsets.UTF_8)).startsWith("page");
		assertThat(renderings).hasValue(1);
	}

	@Test
	void aRevalidationOfAPageTooLargeToKeepStillGetsNotModified() throws Exception {
		PageCache cache = cache(DataSize.ofBytes(100));
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = perform(cache, revalidation());
			assertThat(response.getStatus()).isEqualTo(304);
			assertThat(response.getContentAsByteArray()).isEmpty();
			assertThat(response.getHeader(PageCache.STATUS_HEADER)).isNull();
		}
		assertThat(renderings).hasValue(2);
	}

	@Test
	void aDownloadLargerThanAPageIsSentOnAsItComesNotHeldInMemory() throws Exception {
		PageCache cache = cache(DataSize.ofBytes(100));
		MockHttpServletResponse response = new MockHttpServletResponse();
		int[] bufferedWhenHalfWritten = new int[1];
		cache.doFilter(new MockHttpServletRequest("GET", "/file"), response, (request, out) -> {
			HttpServletResponse http = (HttpServletResponse) out;
			http.setStatus(200);
			http.setHeader("Cache-Control", "public, max-age=60");
			http.setHeader("ETag", ETAG);
			http.setContentLengthLong(2_000);
			http.getOutputStream().write(new byte[1_000]);
			bufferedWhenHalfWritten[0] = response.getContentAsByteArray().length;
			http.getOutputStream().write(new byte[1_000]);
		});
		assertThat(bufferedWhenHalfWritten[0]).as("the first half already reached the client").isEqualTo(1_000);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).hasSize(2_000);
		assertThat(response.getHeader("Content-Length")).isEqualTo("2000");
		assertThat(response.getHeader(PageCache.STATUS_HEADER)).isNull();
	}

	private static MockHttpServletRequest revalidation() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page");
		request.addHeader("If-None-Match", ETAG);
		return request;
	}

	private MockHttpServletResponse perform(PageCache cache, MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, page());
		return response;
	}

	/** A public page of 1,000 bytes with a strong validator, as the catalogue's pages answer. */
	private FilterChain page() {
		return (request, response) -> {
			renderings.incrementAndGet();
			if (((HttpServletRequest) request).getHeader("If-None-Match") != null) {
				validatorsSeen.incrementAndGet();
			}
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(200);
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("Cache-Control", "public, max-age=60");
			http.setHeader("ETag", ETAG);
			http.getOutputStream().write(("page" + "x".repeat(996)).getBytes(StandardCharsets.UTF_8));
		};
	}

	private static PageCache cache(DataSize maxEntrySize) {
		PageCacheProperties properties = new PageCacheProperties(true, DataSize.ofMegabytes(1), maxEntrySize,
				Duration.ofMinutes(10), Duration.ZERO);
		PublicContent unchanged = () -> new PublicContent.State(Instant.parse("2026-11-27T00:00:00Z"), "");
		PublicVersion versions = new PublicVersion(List.of(unchanged),
				Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC), properties);
		return new PageCache(versions, properties);
	}

}
