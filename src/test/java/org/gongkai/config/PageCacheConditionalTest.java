package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awaitility.Awaitility;
import org.gongkai.common.PageCacheProperties;
import org.gongkai.common.PublicContent;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.shell.PersonalPages;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The page cache on its own, with mock servlet objects. Revalidations that miss: the application is asked for the
 * whole page (so that it can be kept) and the reader still gets the 304 it asked for, whether the page was kept or
 * was too large to keep. Downloads pass through. And a page is rendered once at a time: its other readers wait for
 * that rendering, unless the page is one that is not kept.
 */
class PageCacheConditionalTest {

	private static final String ETAG = "\"v1\"";

	private final AtomicInteger renderings = new AtomicInteger();

	private final AtomicInteger validatorsSeen = new AtomicInteger();

	/**
	 * A citizen's lookup with a query code is never kept: the cache lets it pass as it came, unbuffered, without
	 * reading the public version for it, even if a page wrongly marked it public; other addresses are still kept.
	 */
	@Test
	void aPersonalAddressPassesUntouched() throws Exception {
		AtomicInteger versionReads = new AtomicInteger();
		PageCache cache = cache(DataSize.ofKilobytes(64), List.of(() -> List.of("/api/v1/requests/{number}")), () -> {
			versionReads.incrementAndGet();
			return new PublicContent.State(Instant.parse("2026-11-27T00:00:00Z"), "");
		});
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			boolean[] unwrapped = new boolean[1];
			cache.doFilter(new MockHttpServletRequest("GET", "/api/v1/requests/YS2026-00001"), response,
					(request, out) -> {
						unwrapped[0] = out == response;
						page().doFilter(request, out);
					});
			assertThat(unwrapped[0]).as("the answer went straight to the reader").isTrue();
			assertThat(response.getHeader(PageCache.STATUS_HEADER)).isNull();
		}
		assertThat(renderings).as("rendered for each lookup").hasValue(2);
		assertThat(versionReads).as("no public version read for a personal address").hasValue(0);

		perform(cache, new MockHttpServletRequest("GET", "/page"));
		assertThat(perform(cache, new MockHttpServletRequest("GET", "/page")).getHeader(PageCache.STATUS_HEADER))
			.isEqualTo("hit");
	}

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

	@Test
	void readersOfAPageBeingRenderedWaitForThatRenderingInsteadOfRenderingItAgain() throws Exception {
		PageCache cache = cache(DataSize.ofKilobytes(64));
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slowPage = held(release, page());
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> perform(cache, slowPage));
		await(() -> renderings.get() == 1, "the first reader is rendering");
		Thread[] second = new Thread[1];
		CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(() -> {
			second[0] = Thread.currentThread();
			return perform(cache, slowPage);
		});
		await(() -> second[0] != null && second[0].getState() == Thread.State.TIMED_WAITING,
				"the second reader waits for the first one's rendering");

		release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS).getHeader(PageCache.STATUS_HEADER)).isEqualTo("miss");
		MockHttpServletResponse answered = waiting.get(10, TimeUnit.SECONDS);
		assertThat(answered.getStatus()).isEqualTo(200);
		assertThat(answered.getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
		assertThat(answered.getContentAsString(StandardCharsets.UTF_8)).startsWith("page");
		assertThat(renderings).as("one rendering for both readers").hasValue(1);
	}

	@Test
	void readersOfAPageThatIsNotKeptDoNotWaitForOneAnother() throws Exception {
		PageCache cache = cache(DataSize.ofKilobytes(64));
		FilterChain personal = (request, response) -> {
			renderings.incrementAndGet();
			((HttpServletResponse) response).setHeader("Cache-Control", "private, no-cache");
			response.getOutputStream().write("yours".getBytes(StandardCharsets.UTF_8));
		};
		perform(cache, personal);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> perform(cache, held(release, personal)));
		await(() -> renderings.get() == 2, "the first reader is rendering");

		CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> perform(cache, personal));

		await(() -> renderings.get() == 3, "the second reader rendered its own page while the first one's went on");
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("yours");
		assertThat(second.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("yours");
	}

	/** The chain, held at its start until {@code release}; counts as a rendering from the moment it is entered. */
	private FilterChain held(CountDownLatch release, FilterChain chain) {
		return (request, response) -> {
			renderings.incrementAndGet();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			renderings.decrementAndGet();
			chain.doFilter(request, response);
		};
	}

	private static void await(BooleanSupplier condition, String what) {
		Awaitility.await(what).atMost(Duration.ofSeconds(5)).until(condition::getAsBoolean);
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

	/** A plain GET of the page through {@code chain}, for the readers of the concurrent tests. */
	private static MockHttpServletResponse perform(PageCache cache, FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			cache.doFilter(new MockHttpServletRequest("GET", "/page"), response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
		return cache(maxEntrySize, List.of(), () -> new PublicContent.State(Instant.parse("2026-11-27T00:00:00Z"), ""));
	}

	private static PageCache cache(DataSize maxEntrySize, List<PersonalPages> personal, PublicContent content) {
		PageCacheProperties properties = new PageCacheProperties(true, DataSize.ofMegabytes(1), maxEntrySize,
				Duration.ofMinutes(10), Duration.ZERO, Duration.ofMinutes(1));
		PublicVersion versions = new PublicVersion(List.of(content),
				Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC), properties);
		return new PageCache(versions, properties, personal);
	}

}
