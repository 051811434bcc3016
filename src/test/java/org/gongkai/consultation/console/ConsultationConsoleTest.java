package org.gongkai.consultation.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.gongkai.consultation.Comments;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Phase;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's list, the draft's form and its page: my unit's consultations with those awaiting feedback, errors
 * next to the fields that caused them, the confidentiality review refused to the author and done by the office,
 * only the dates editable once published, and files checked by their content.
 */
@GongkaiTest
class ConsultationConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consultations consultations;

	@Autowired
	Comments comments;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsoleFixtures(consultations, comments, staff, clock, jdbc);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void theListShowsMyUnitsConsultationsAndThoseClosedWithoutFeedbackLongestFirst() throws Exception {
		long older = fixtures.closed("较早截止的征求意见");
		fixtures.open("本单位正在征求意见的办法");
		String page = page(get("/admin/consultations"), Sessions.demo(mvc, "editor"), 200);
		String awaiting = page.substring(page.indexOf("id=\"awaiting\""), page.indexOf("class=\"consultations\""));
		assertThat(awaiting).contains("湖南省零工市场建设管理办法（征求意见稿）", "较早截止的征求意见", "个工作日");
		assertThat(awaiting.indexOf("较早截止的征求意见")).as("longest waiting first")
			.isLessThan(awaiting.indexOf("湖南省零工市场建设管理办法"));
		assertThat(page).contains("本单位正在征求意见的办法", "征求意见中", "id=\"moderation-link\"",
				"href=\"/admin/consultations/" + older + "/outcome\"", "class=\"nav-count\"")
			.doesNotContain("湖南省工资支付监督管理办法", "href=\"/admin/consultations/sensitive-words\"");
		assertThat(page(get("/admin/consultations"), Sessions.demo(mvc, "office"), 200))
			.contains("本单位正在征求意见的办法", "href=\"/admin/consultations/sensitive-words\"");
		assertThat(page(get("/admin/consultations"), Sessions.demo(mvc, "reviewer"), 200))
			.doesNotContain("本单位正在征求意见的办法");
		page(get("/admin/consultations"), Sessions.demo(mvc, "handler"), 403);
	}

	@Test
	void theFormShowsEachErrorAtItsFieldWithTheEarliestClosingDate() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		String blank = page(newDraft("", "", "2026-12-01", "2026-12-31").with(csrf()), editor, 400);
		assertThat(blank).contains("id=\"title-error\"", "请填写标题", "id=\"contact-error\"", "请填写联系方式",
				"第三条　企业吸纳");
		String reversed = page(newDraft("关于高校毕业生就业的办法", "就业处", "2026-12-01", "2026-11-30").with(csrf()), editor,
				400);
		assertThat(reversed).contains("id=\"closesOn-error\"", "截止日期不能早于开始日期");
		String tooShort = page(newDraft("关于高校毕业生就业的办法", "就业处", "2026-12-01", "2026-12-11").with(csrf()), editor,
				400);
		assertThat(tooShort).contains("id=\"shortPeriodReason-error\"", "最早截止于2026-12-31", "id=\"earliest-closing\"",
				"2026-12-11");
		String badDate = page(newDraft("关于高校毕业生就业的办法", "就业处", "明天", "2026-12-31").with(csrf()), editor, 400);
		assertThat(badDate).contains("id=\"opensOn-error\"", "请输入有效的日期");
		page(newDraft("关于高校毕业生就业的办法", "就业处", "2026-12-01", "2026-12-31"), editor, 403);
		long finance = ConsoleFixtures.unitId(jdbc, "finance");
		page(newDraft("关于高校毕业生就业的办法", "就业处", "2026-12-01", "2026-12-31", finance).with(csrf()), editor, 403);
		page(get("/admin/consultations/new"), Sessions.demo(mvc, "reviewer"), 403);
	}

	@Test
	void theAuthorCannotPublishTheOfficeDoesAndThenOnlyTheDatesChange() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		LocalDate opens = fixtures.today().plusDays(1);
		String location = mvc
			.perform(newDraft("关于高校毕业生就业的办法", "就业处", opens.toString(), opens.plusDays(30).toString()).with(csrf())
				.with(editor))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String draft = page(get(location), editor, 200);
		assertThat(draft).contains("征求意见稿（4条）", "<strong lang=\"zh-CN\">第三条</strong>", "id=\"publish-refusal\"", "起草人和修改过草案的人不能审查")
			.doesNotContain("id=\"publish\"");
		ConsultationView view = fixtures.view(id);
		page(post(location + "/publish").param("version", String.valueOf(view.version())).with(csrf()), editor, 403);
		page(get(location), Sessions.demo(mvc, "reviewer"), 403);

		RequestPostProcessor office = Sessions.demo(mvc, "office");
		assertThat(page(get(location), office, 200)).contains("id=\"publish\"");
		page(post(location + "/publish").param("version", String.valueOf(view.version() + 7)).with(csrf()), office, 409);
		mvc.perform(post(location + "/publish").param("version", String.valueOf(view.version())).with(csrf()).with(office))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.view(id).phase()).isEqualTo(Phase.UPCOMING);

		String dates = page(get(location + "/edit"), editor, 200);
		assertThat(dates).contains("修改征求意见期", "name=\"closesOn\"").doesNotContain("name=\"draftText\"");
		long version = fixtures.view(id).version();
		String refused = page(post(location + "/dates").param("version", String.valueOf(version))
			.param("opensOn", opens.toString())
			.param("closesOn", opens.plusDays(10).toString())
			.with(csrf()), editor, 400);
		assertThat(refused).contains("id=\"shortPeriodReason-error\"");
		mvc.perform(post(location + "/dates").param("version", String.valueOf(version))
			.param("opensOn", opens.toString())
			.param("closesOn", opens.plusDays(40).toString())
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());
		assertThat(fixtures.view(id).closesOn()).isEqualTo(opens.plusDays(40));
		assertThat(fixtures.view(id).title()).isEqualTo("关于高校毕业生就业的办法");
	}

	@Test
	void filesAreCheckedByTheirContentAndRemoved() throws Exception {
		long id = fixtures.draft("附件测试办法");
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		String path = "/admin/consultations/" + id;
		String fake = page(multipart(path + "/files").file(new MockMultipartFile("file", "说明.pdf", "application/pdf",
				"not a pdf".getBytes())).with(csrf()), editor, 400);
		assertThat(fake).contains("id=\"file-error\"", "文件内容须与扩展名一致")
			.as("the picker offers exactly what the server keeps")
			.contains("accept=\"" + org.gongkai.common.FileTypes.accept() + "\"");
		String empty = page(multipart(path + "/files").with(csrf()), editor, 400);
		assertThat(empty).contains("id=\"file-error\"");
		mvc.perform(multipart(path + "/files").file(new MockMultipartFile("file", "起草说明.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes())).with(csrf()).with(editor)).andExpect(status().is3xxRedirection());
		assertThat(fixtures.view(id).files()).singleElement()
			.satisfies(f -> assertThat(f.fileName()).isEqualTo("起草说明.pdf"));
		long fileId = fixtures.view(id).files().get(0).id();
		assertThat(page(get(path), editor, 200)).contains("起草说明.pdf");
		mvc.perform(post(path + "/files/" + fileId + "/delete").with(csrf()).with(editor))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.view(id).files()).isEmpty();
	}

	private MockHttpServletRequestBuilder newDraft(String title, String contact, String opens, String closes) {
		return newDraft(title, contact, opens, closes, fixtures.employment());
	}

	private MockHttpServletRequestBuilder newDraft(String title, String contact, String opens, String closes,
			long unitId) {
		return post("/admin/consultations/new").param("title", title)
			.param("explanation", "为促进高校毕业生就业，起草了本办法。")
			.param("unitId", String.valueOf(unitId))
			.param("contact", contact)
			.param("opensOn", opens)
			.param("closesOn", closes)
			.param("_normative", "on")
			.param("shortPeriodReason", "")
			.param("draftText", ConsoleFixtures.DRAFT);
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who, int expected)
			throws Exception {
		return mvc.perform(request.with(who))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
