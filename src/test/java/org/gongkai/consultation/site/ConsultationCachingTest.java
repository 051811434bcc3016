package org.gongkai.consultation.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The consultation and decision pages share the site's caching (common.PublicCaching), as the catalogue does: an
 * anonymous page is public with an ETag and answers a conditional request with 304 until something public
 * changes; an open consultation's page, which holds the comment form with the reader's own token, is never shared.
 */
@GongkaiTest
class ConsultationCachingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsultationFixtures(context);
	}

	@Test
	void listsClosedConsultationsAndDecisionsArePublicAndAnswerConditionalRequestsWith304() throws Exception {
		long closed = fixtures.closed("缓存测试：已截止的办法");
		// The version moves once more when the chain's appender takes the fixture's entries in (a page rendered
		// again, never a stale one); chained first, so that the version seen here is the one a reader meets later.
		audit.verify();
		for (String url : List.of("/consultations", "/consultations?phase=closed", "/consultations/" + closed,
				"/decisions")) {
			String etag = etag(url);
			mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
		}
	}

	@Test
	void anApprovedCommentMakesTheListFreshAtOnce() throws Exception {
		long open = fixtures.open("缓存测试：收到意见的办法");
		String etag = etag("/consultations");
		fixtures.comment(open, null, null, "建议明确申领流程。");
		fixtures.approveAll(open);
		mvc.perform(get("/consultations").header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", not(etag)));
	}

	@Test
	void anOpenConsultationsPageWithItsCommentFormIsNeverShared() throws Exception {
		long open = fixtures.open("缓存测试：开放中的办法");
		mvc.perform(get("/consultations/{id}", open))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", not(containsString("public"))))
			.andExpect(header().doesNotExist("ETag"));
	}

	private String etag(String url) throws Exception {
		String etag = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "public, max-age=60"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).as(url).isNotBlank();
		return etag;
	}

}
