package org.gongkai.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Many applications at once wait on the year's serial row; one that waits past the database's lock timeout is
 * rolled back. The client is told to send it again (503 with Retry-After), never given a 500.
 */
class BusyDatabaseTest {

	@RestController
	static class BusyApi {

		@PostMapping("/api/v1/busy")
		String apply() {
			throw new CannotAcquireLockException("Timeout trying to lock table");
		}

	}

	@Controller
	static class BusyPage {

		@PostMapping("/busy")
		String apply() {
			throw new CannotAcquireLockException("Timeout trying to lock table");
		}

	}

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new BusyApi(), new BusyPage())
		.setControllerAdvice(new ApiProblems(messages(), new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE)),
				new PageErrors(messages()))
		.build();

	@Test
	void theApiAsksTheClientToSendAgainInAFewSeconds() throws Exception {
		mvc.perform(post("/api/v1/busy").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.detail").value("系统正忙，您的提交未被保存，请几秒钟后重新提交。"));
	}

	@Test
	void aFormGetsTheBusyPage() throws Exception {
		mvc.perform(post("/busy"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(view().name("error/503"));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
