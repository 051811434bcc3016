package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The shared pager's links keep the page's filters and change only the page. */
class PagerLinksTest {

	@AfterEach
	void forget() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theNextPageKeepsEveryFilterOfTheQuery() {
		reading("/admin/documents", "status=DRAFT&page=0&returned=true");
		assertThat(new PagerLinks().to(1)).isEqualTo("/admin/documents?status=DRAFT&returned=true&page=1");
	}

	@Test
	void aPageWithoutPageOrQueryGetsOne() {
		reading("/admin/mail", null);
		assertThat(new PagerLinks().to(1)).isEqualTo("/admin/mail?page=1");
		reading("/admin/mail", "status=FAILED");
		assertThat(new PagerLinks().to(2)).isEqualTo("/admin/mail?status=FAILED&page=2");
	}

	@Test
	void anEncodedFilterStaysEncodedOnce() {
		reading("/admin/audit", "actor=%E5%BC%A0%E4%B8%89&page=3");
		assertThat(new PagerLinks().to(2)).isEqualTo("/admin/audit?actor=%E5%BC%A0%E4%B8%89&page=2");
	}

	private static void reading(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
