package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Too many requests from one address: the API answers 429 problem details with {@code Retry-After}, a page
 * answers the site's 429 page saying when to try again, in Chinese and in English; other addresses go on.
 */
@GongkaiTest
class RateLimitedTest {

	static final int APPLY_LIMIT = 5;

	@Autowired
	MockMvc mvc;

	@Test
	void theApiAnswersProblemDetailsWithRetryAfter() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 0; i < APPLY_LIMIT; i++) {
			mvc.perform(get("/test/rate-limited/api").with(ClientAddresses.from(address))).andExpect(status().isOk());
		}
		mvc.perform(get("/test/rate-limited/api").with(ClientAddresses.from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", "3600"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.retryAfter").value(3600))
			.andExpect(jsonPath("$.detail").value("请求过于频繁，请在 60 分钟后再试。"));
		mvc.perform(get("/test/rate-limited/api").with(ClientAddresses.from(ClientAddresses.fresh())))
			.andExpect(status().isOk());
	}

	@Test
	void aPageAnswersTheTooManyRequestsPageInTheSiteLayout() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 0; i < APPLY_LIMIT; i++) {
			mvc.perform(get("/test/rate-limited/page").with(ClientAddresses.from(address)))
				.andExpect(status().is3xxRedirection());
		}
		Document zh = page(address, "/test/rate-limited/page");
		assertThat(zh.title()).startsWith("操作过于频繁 - ");
		assertThat(zh.select("main .lead").text()).isEqualTo("您在短时间内提交的次数过多，请在 60 分钟后再试。");
		assertThat(zh.select("footer").text()).as("inside the site layout").contains("12333");

		Document en = page(address, "/test/rate-limited/page?lang=en");
		assertThat(en.select("main .lead").text()).contains("Please try again in 60 minutes.");
	}

	private Document page(String address, String url) throws Exception {
		String html = mvc.perform(get(url).with(ClientAddresses.from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3600"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
