package org.gongkai.catalogue.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Four eyes (四眼原则) in the confidentiality review: whoever created or changed any version of a draft, the
 * disclosure office included, neither gets the review form nor passes the API; a second person reviews.
 */
@GongkaiTest
class FourEyesReviewTest {

	static final String API = "/api/v1/admin/documents";

	static final String REFUSAL = "您起草或修改过该文件，不能审查它";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long employment;

	long notices;

	@BeforeEach
	void ids() {
		employment = Drafts.unitId(jdbc, "employment");
		notices = Drafts.categoryId(jdbc, "employment");
	}

	@Test
	void theOfficeThatRewroteAnEditorsDraftCannotReviewItButAnotherOfficeMemberCan() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		long id = Drafts.idFrom(mvc.perform(Drafts.newDraftForm(editor, "就业补贴通知（四眼）", employment, notices))
			.andReturn().getResponse().getRedirectedUrl());
		mvc.perform(Drafts.fill(post("/admin/documents/{id}/edit", id).with(office).with(csrf()), "公开办改写的就业补贴通知",
				employment, notices, "<p>公开办改写的正文</p>").param("version", String.valueOf(version(id))))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		mvc.perform(post("/admin/documents/{id}/submit", id).with(office).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + id));

		mvc.perform(get("/admin/documents/{id}", id).with(office))
			.andExpect(content().string(containsString(REFUSAL)))
			.andExpect(content().string(not(containsString("提交审查结论"))));
		mvc.perform(get("/admin/documents").param("status", "SUBMITTED").with(office))
			.andExpect(content().string(containsString("您起草或修改过，须由他人审查")));
		mvc.perform(post("/admin/documents/{id}/review", id).with(office).with(csrf()).param("conclusion", "DISCLOSABLE"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(REFUSAL)));
		review(id, "office").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString(REFUSAL)));
		mvc.perform(get(API + "/{id}", id).with(as("office"))).andExpect(jsonPath("$.status").value("SUBMITTED"));

		mvc.perform(get("/admin/documents").param("status", "SUBMITTED").with(Sessions.demo(mvc, "officehead")))
			.andExpect(content().string(containsString("公开办改写的就业补贴通知")))
			.andExpect(content().string(not(containsString("您起草或修改过，须由他人审查"))));
		review(id, "officehead").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void aUnitAccountThatIsEditorAndReviewerCannotReviewADraftItChanged() throws Exception {
		String both = "jy-both-" + System.nanoTime() % 100000;
		mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"就业处 编审","unitId":%d,"roles":["UNIT_EDITOR","UNIT_REVIEWER"],"password":"%s"}"""
				.formatted(both, employment, TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isCreated());
		long id = Drafts.createViaApi(mvc, "editor", "编辑起草、编审修改的通知", employment, notices);
		mvc.perform(put(API + "/{id}", id).with(as(both)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"metadata\":%s}".formatted(version(id),
					Drafts.metadataJson("编审改过的通知", employment, notices, "<p>改过</p>"))))
			.andExpect(status().isOk());
		mvc.perform(post(API + "/{id}/submit", id).with(as("editor"))).andExpect(status().isOk());

		review(id, both).andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REFUSAL)));
		mvc.perform(get("/admin/documents/{id}", id).with(Sessions.demo(mvc, both)))
			.andExpect(content().string(containsString(REFUSAL)))
			.andExpect(content().string(not(containsString("提交审查结论"))));
		review(id, "office").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void whoeverChangesADraftsFilesJoinsItsContributors() throws Exception {
		long id = Drafts.createViaApi(mvc, "editor", "附件由公开办补充的通知", employment, notices);
		mvc.perform(multipart(API + "/{id}/attachments", id)
			.file(new MockMultipartFile("file", "notice.pdf", "application/pdf",
					Drafts.pdf("four eyes")))
			.with(as("office")))
			.andExpect(status().isCreated());
		mvc.perform(post(API + "/{id}/submit", id).with(as("editor"))).andExpect(status().isOk());
		review(id, "office").andExpect(status().isConflict());
		review(id, "officehead").andExpect(status().isOk());
	}

	long version(long id) {
		return jdbc.queryForObject("select version from catalogue_document where id = ?", Long.class, id);
	}

	ResultActions review(long id, String username) throws Exception {
		return mvc.perform(post(API + "/{id}/review", id).with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conclusion\":\"DISCLOSABLE\"}"));
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

}
