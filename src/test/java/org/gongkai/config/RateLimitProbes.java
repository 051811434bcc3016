package org.gongkai.config;

import java.util.Map;

import org.gongkai.common.RateLimiter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints guarded by the {@code apply} limit, one page and one API, so that {@link RateLimitedTest}
 * sees the 429 answers before any real form uses the limiter. Found by component scanning in test contexts only.
 */
final class RateLimitProbes {

	private RateLimitProbes() {
	}

	@Controller
	static class Page {

		private final RateLimiter limiter;

		Page(RateLimiter limiter) {
			this.limiter = limiter;
		}

		@GetMapping("/test/rate-limited/page")
		String page() {
			limiter.check("apply");
			return "redirect:/";
		}

	}

	@RestController
	static class Api {

		private final RateLimiter limiter;

		Api(RateLimiter limiter) {
			this.limiter = limiter;
		}

		@GetMapping("/test/rate-limited/api")
		Map<String, Boolean> api() {
			limiter.check("apply");
			return Map.of("accepted", true);
		}

	}

}
