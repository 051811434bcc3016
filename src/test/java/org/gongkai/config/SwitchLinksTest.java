package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The toolbar's switches lead back to the page being read, with its query, and never to another host. */
class SwitchLinksTest {

	@Test
	void englishKeepsTheSearchWords() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		request.setQueryString("q=%E5%A4%B1%E4%B8%9A%E4%BF%9D%E9%99%A9%E9%87%91&page=2");

		assertThat(SwitchLinks.of(request).to("lang", "en"))
			.isEqualTo("/search?q=%E5%A4%B1%E4%B8%9A%E4%BF%9D%E9%99%A9%E9%87%91&page=2&lang=en");
	}

	@Test
	void aSwitchReplacesEarlierSwitchesInsteadOfPilingUp() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/catalogue");
		request.setQueryString("lang=en&category=3&contrast=high&text=large");

		assertThat(SwitchLinks.of(request).to("lang", "zh-CN")).isEqualTo("/catalogue?category=3&lang=zh-CN");
	}

	@Test
	void aPageWithoutQueryGetsOnlyTheSwitch() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/catalogue/documents/7");

		assertThat(SwitchLinks.of(request).to("text", "large")).isEqualTo("/catalogue/documents/7?text=large");
	}

	@Test
	void aPathThatLooksLikeAnotherHostStaysOnThisOne() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/x");

		assertThat(SwitchLinks.of(request).to("lang", "en")).isEqualTo("/evil.example/x?lang=en");
	}

	@Test
	void anErrorPageSwitchesOnTheAddressThatFailed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page");

		assertThat(SwitchLinks.of(request).to("lang", "en")).isEqualTo("/no-such-page?lang=en");
	}

}
