package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.support.ChineseText;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The publishing workflow as staff meet it in the console: draft, attachment, submit, confidentiality review,
 * publish with an index number, withdraw; scheduled publication, revisions and validity.
 */
@GongkaiTest
class DocumentWorkflowConsoleTest {

	static final String INDEX_NUMBER = "000014349/2026-\\d{5}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MutableClock clock;

	@Autowired
	ScheduledPublication scheduledPublication;

	long employment;

	long notices;

	@BeforeEach
	void ids() {
		employment = Drafts.unitId(jdbc, "employment");
		notices = Drafts.categoryId(jdbc, "employment");
	}

	@Test
	void anEditorsDraftIsReviewedByTheOfficeThenPublishedWithAnIndexNumberAndWithdrawn() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		long id = create(editor, "关于做好2026年高校毕业生就业创业工作的通知");

		mvc.perform(multipart("/admin/documents/{id}/attachments", id)
			.file(new MockMultipartFile("file", "就业创业工作安排.pdf", "application/pdf", Drafts.pdf("employment plan 2026")))
			.with(editor)
			.with(csrf())).andExpect(redirectedUrl("/admin/documents/" + id));
		mvc.perform(get("/admin/documents/{id}", id).with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("就业创业工作安排.pdf")))
			.andExpect(content().string(containsString("提交保密审查")));

		mvc.perform(post("/admin/documents/{id}/submit", id).with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		assertThat(staffView(id).status()).isEqualTo(DocumentStatus.SUBMITTED);

		mvc.perform(post("/admin/documents/{id}/review", id).with(editor).with(csrf()).param("conclusion", "DISCLOSABLE"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您不能审查该单位的文件")));
		mvc.perform(get("/admin/documents/{id}", id).with(Sessions.demo(mvc, "reviewer")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您只能处理本单位的记录")));

		mvc.perform(get("/admin/documents/{id}", id).with(office)).andExpect(content().string(containsString("保密审查")));
		mvc.perform(post("/admin/documents/{id}/review", id).with(office).with(csrf())
			.param("conclusion", "DISCLOSABLE")
			.param("reason", "不涉及国家秘密和个人信息"))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		assertThat(catalogue.publicDocument(id)).as("approved is not yet published").isEmpty();

		mvc.perform(post("/admin/documents/{id}/publish", id).with(editor).with(csrf()).param("at", ""))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		DocumentView published = catalogue.publicDocument(id).orElseThrow();
		assertThat(published.indexNumber()).matches(INDEX_NUMBER);
		assertThat(published.revisions()).hasSize(1);
		mvc.perform(get("/admin/documents/{id}", id).with(editor))
			.andExpect(content().string(containsString(published.indexNumber())))
			.andExpect(content().string(containsString("不涉及国家秘密和个人信息")))
			.andExpect(content().string(containsString("撤回文件")));

		mvc.perform(post("/admin/documents/{id}/withdraw", id).with(editor).with(csrf()).param("reason", ""))
			.andExpect(status().isBadRequest());
		assertThat(catalogue.publicDocument(id)).isPresent();
		mvc.perform(post("/admin/documents/{id}/withdraw", id).with(editor).with(csrf()).param("reason", "内容有误，重新起草"))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		assertThat(catalogue.publicDocument(id)).isEmpty();
		assertThat(staffView(id).status()).isEqualTo(DocumentStatus.WITHDRAWN);
		mvc.perform(get("/admin/documents/{id}", id).with(editor))
			.andExpect(content().string(containsString("内容有误，重新起草")));
	}

	@Test
	void aReviewerOfTheSameUnitReviewsButNobodyReviewsTheirOwnDraft() throws Exception {
		String reviewer = "jy-reviewer-" + System.nanoTime() % 100000;
		mvc.perform(post("/api/v1/admin/users")
			.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.contentType("application/json")
			.content("""
					{"username":"%s","displayName":"就业处 审查员","unitId":%d,"roles":["UNIT_REVIEWER"],"password":"%s"}"""
				.formatted(reviewer, employment, TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isCreated());
		RequestPostProcessor unitReviewer = Sessions.demo(mvc, reviewer);
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		RequestPostProcessor office = Sessions.demo(mvc, "office");

		long byEditor = create(editor, "就业见习补贴申领指南");
		mvc.perform(post("/admin/documents/{id}/submit", byEditor).with(editor).with(csrf()));
		mvc.perform(get("/admin/documents/{id}", byEditor).with(unitReviewer))
			.andExpect(content().string(containsString("提交审查结论")));
		mvc.perform(post("/admin/documents/{id}/review", byEditor).with(unitReviewer).with(csrf())
			.param("conclusion", "NOT_DISCLOSABLE")
			.param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结论为“不宜公开”时必须填写理由")));
		mvc.perform(post("/admin/documents/{id}/review", byEditor).with(unitReviewer).with(csrf())
			.param("conclusion", "NOT_DISCLOSABLE")
			.param("reason", "含有个人身份信息"))
			.andExpect(redirectedUrl("/admin/documents/" + byEditor));
		assertThat(staffView(byEditor).status()).as("returned to the editor").isEqualTo(DocumentStatus.DRAFT);

		long byOffice = create(office, "公开办起草的通知");
		mvc.perform(post("/admin/documents/{id}/submit", byOffice).with(office).with(csrf()));
		mvc.perform(get("/admin/documents/{id}", byOffice).with(office))
			.andExpect(content().string(containsString("您起草或修改过该文件，不能审查它")))
			.andExpect(content().string(not(containsString("提交审查结论"))));
		mvc.perform(post("/admin/documents/{id}/review", byOffice).with(office).with(csrf()).param("conclusion", "DISCLOSABLE"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("您起草或修改过该文件，不能审查它")));
		assertThat(staffView(byOffice).status()).isEqualTo(DocumentStatus.SUBMITTED);
		mvc.perform(post("/admin/documents/{id}/review", byOffice).with(unitReviewer).with(csrf()).param("conclusion", "DISCLOSABLE"))
			.andExpect(redirectedUrl("/admin/documents/" + byOffice));
		assertThat(staffView(byOffice).status()).isEqualTo(DocumentStatus.APPROVED);
	}

	@Test
	void publishingWithoutReviewIsRefusedWithTheReason() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		long id = create(editor, "未经审查的通知");
		mvc.perform(post("/admin/documents/{id}/publish", id).with(editor).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("文件当前状态为“草稿”，不能执行此操作")));
		mvc.perform(post("/admin/documents/{id}/submit", id).with(editor).with(csrf()));
		mvc.perform(post("/admin/documents/{id}/publish", id).with(editor).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("文件当前状态为“待审查”")));
		assertThat(catalogue.publicDocument(id)).isEmpty();
		assertThat(staffView(id).indexNumber()).isNull();
	}

	@Test
	void aScheduledPublicationHappensWhenItsTimeComes() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		long id = approved(editor, "定时发布的招聘公告");
		mvc.perform(post("/admin/documents/{id}/publish", id).with(editor).with(csrf()).param("at", "2026-11-28T09:30"))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		mvc.perform(get("/admin/documents/{id}", id).with(editor))
			.andExpect(content().string(containsString("定时发布：2026-11-28 09:30")));
		scheduledPublication.publishDue();
		assertThat(catalogue.publicDocument(id)).as("not before its time").isEmpty();
		Instant before = clock.instant();
		try {
			clock.set(Instant.parse("2026-11-28T01:30:00Z"));
			scheduledPublication.publishDue();
		}
		finally {
			clock.set(before);
		}
		assertThat(catalogue.publicDocument(id)).hasValueSatisfying(d -> assertThat(d.indexNumber()).matches(INDEX_NUMBER));
	}

	@Test
	void aRevisionIsReviewedBeforeThePublicSeesItAndValidityNamesTheSuccessor() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		long old = published(editor, office, "2025年就业补助资金管理办法");
		long successor = published(editor, office, "2026年就业补助资金管理办法");
		String successorIndex = staffView(successor).indexNumber();

		mvc.perform(post("/admin/documents/{id}/revisions", old).with(editor).with(csrf())
			.param("title", "2025年就业补助资金管理办法（修订）")
			.param("summary", "修订了申领条件")
			.param("body", "<p>修订后的正文</p>")
			.param("note", "更正申领条件"))
			.andExpect(redirectedUrl("/admin/documents/" + old));
		assertThat(catalogue.publicDocument(old).orElseThrow().title()).isEqualTo("2025年就业补助资金管理办法");
		long revisionId = catalogue.pendingRevision(old).orElseThrow().id();
		mvc.perform(post("/admin/documents/{id}/revisions/{rid}/review", old, revisionId).with(office).with(csrf())
			.param("conclusion", "DISCLOSABLE"))
			.andExpect(redirectedUrl("/admin/documents/" + old));
		DocumentView revised = catalogue.publicDocument(old).orElseThrow();
		assertThat(revised.title()).isEqualTo("2025年就业补助资金管理办法（修订）");
		assertThat(revised.revision()).isEqualTo(2);
		mvc.perform(get("/admin/documents/{id}", old).with(editor))
			.andExpect(content().string(containsString("更正申领条件")));

		mvc.perform(post("/admin/documents/{id}/validity", old).with(editor).with(csrf())
			.param("validity", "REPEALED")
			.param("since", "2026-11-27")
			.param("successorIndexNumber", "000014349/1999-99999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有索引号为“000014349/1999-99999”的已公开文件")))
			.andExpect(content().string(containsString("value=\"000014349/1999-99999\"")));
		mvc.perform(post("/admin/documents/{id}/validity", old).with(editor).with(csrf())
			.param("validity", "REPEALED")
			.param("since", "2026-11-27")
			.param("successorIndexNumber", " " + successorIndex + " "))
			.andExpect(redirectedUrl("/admin/documents/" + old));
		DocumentView repealed = catalogue.publicDocument(old).orElseThrow();
		assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
		assertThat(repealed.successor().id()).isEqualTo(successor);
	}

	@Test
	void theListShowsTheUnitsDocumentsNewestFirstFilteredByStatus() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		create(editor, "列表测试一号文件");
		clock.advance(Duration.ofMinutes(1));
		create(editor, "列表测试二号文件");
		String page = mvc.perform(get("/admin/documents").with(editor).param("status", "DRAFT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新建文件")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("列表测试二号文件")).as("newest first").isPositive()
			.isLessThan(page.indexOf("列表测试一号文件"));
		mvc.perform(get("/admin/documents").with(editor).param("status", "PUBLISHED"))
			.andExpect(content().string(not(containsString("列表测试一号文件"))));
		mvc.perform(get("/admin/documents").with(Sessions.demo(mvc, "reviewer")))
			.andExpect(content().string(not(containsString("列表测试一号文件"))))
			.andExpect(content().string(not(containsString("新建文件"))));
	}

	@Test
	void inEnglishTheDocumentListNamesTheEditorsUnitInEnglishAndMarksTheDocumentsChinese() throws Exception {
		String html = mvc.perform(get("/admin/documents").param("lang", "en").with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("p.lead").text()).contains("Employment Promotion Division");
		assertThat(ChineseText.outsideChineseContent(html)).as("Chinese not marked lang=\"zh-CN\"").isEmpty();
	}

	DocumentView staffView(long id) {
		return catalogue.staffDocument(new Me(0, "test", "test", 0, "test", Set.of(Role.DISCLOSURE_OFFICE)), id);
	}

	long create(RequestPostProcessor session, String title) throws Exception {
		String location = mvc.perform(Drafts.newDraftForm(session, title, employment, notices))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", matchesPattern(".*/admin/documents/\\d+")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Drafts.idFrom(location);
	}

	long approved(RequestPostProcessor editor, String title) throws Exception {
		long id = create(editor, title);
		mvc.perform(post("/admin/documents/{id}/submit", id).with(editor).with(csrf()));
		mvc.perform(post("/admin/documents/{id}/review", id).with(Sessions.demo(mvc, "office")).with(csrf())
			.param("conclusion", "DISCLOSABLE")).andExpect(status().isFound());
		return id;
	}

	long published(RequestPostProcessor editor, RequestPostProcessor office, String title) throws Exception {
		long id = approved(editor, title);
		mvc.perform(post("/admin/documents/{id}/publish", id).with(editor).with(csrf())).andExpect(status().isFound());
		return id;
	}

}
