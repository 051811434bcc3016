package org.gongkai.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input answers a 400 naming what was wrong, never a 500: malformed JSON by its JSON path, page numbers and
 * dates out of range, NUL and lone surrogates; a declared body over the limit is 413; a client over its rate limit
 * is refused before its body is read.
 */
@GongkaiTest
class InputBoundsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aWrongTypeInABodyIsNamedByItsJsonPath() throws Exception {
		mvc.perform(comment("{\"articleId\":\"abc\",\"body\":\"意见\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("articleId"));
		mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"description\":[1]}]}")
			.with(ClientAddresses.from(ClientAddresses.fresh())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].description"));
		mvc.perform(comment("{\"body\": 意见"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求内容不是有效的 JSON。"));
	}

	@Test
	void nulAndLoneSurrogatesAreRefusedInBodiesAndParameters() throws Exception {
		mvc.perform(comment("{\"body\":\"意见\\u0000\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(comment("{\"name\":\"\\ud800\",\"body\":\"意见\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(get("/api/v1/documents").param("type", "通知\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
	}

	@Test
	void pageNumbersSizesYearsAndDatesHaveMaxima() throws Exception {
		for (String list : new String[] { "/api/v1/documents", "/api/v1/consultations", "/api/v1/decisions",
				"/api/v1/interpretations" }) {
			mvc.perform(get(list).param("page", "2147483647"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("page"));
		}
		mvc.perform(get("/api/v1/documents").param("size", "100000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/catalogue").param("page", "2147483647")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/due-date").param("from", "+999999999-12-31").param("workingDays", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/calendar/working-day").param("date", "2201-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(get("/api/v1/calendar/working-day").param("date", "2026-10-08")).andExpect(status().isOk());
	}

	@Test
	void aDeclaredBodyOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
		mvc.perform(comment("{\"body\":\"" + "长".repeat(30_000) + "\"}"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("请求内容过大。"));
	}

	@Test
	void theRateLimitIsCheckedBeforeTheBodyIsRead() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 0; i < 10; i++) {
			mvc.perform(comment("not json", address)).andExpect(status().isBadRequest());
		}
		mvc.perform(comment("not json", address)).andExpect(status().isTooManyRequests());
	}

	private static MockHttpServletRequestBuilder comment(String body) {
		return comment(body, ClientAddresses.fresh());
	}

	private static MockHttpServletRequestBuilder comment(String body, String address) {
		return post("/api/v1/consultations/1/comments").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(ClientAddresses.from(address));
	}

}
