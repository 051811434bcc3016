package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.gongkai.catalogue.WordFiles;
import org.gongkai.common.FileTypes;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The document form as staff meet it: 发布机构 starts as the agency, the attachment picker offers what the server
 * keeps, and a Word file's body comes into the form without JavaScript, the other fields kept.
 */
@GongkaiTest
class DocumentFormStaffTest {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long employment;

	long category;

	@BeforeEach
	void ids() {
		employment = Drafts.unitId(jdbc, "employment");
		category = Drafts.categoryId(jdbc, "employment");
	}

	@Test
	void aNewDocumentIsIssuedByTheAgencyNotTheDivision() throws Exception {
		Document form = page(get("/admin/documents/new").with(Sessions.demo(mvc, "editor")));
		assertThat(form.selectFirst("input[name=issuingBody]").val()).isEqualTo("湖南省人力资源和社会保障厅");
		assertThat(form.selectFirst("input[name=issuingBody]").attr("aria-describedby")).isEqualTo("issuingBody-hint");
		assertThat(form.getElementById("issuingBody-hint").text()).contains("不是起草的处室");
	}

	@Test
	void theAttachmentPickerOffersEveryTypeTheServerKeeps() throws Exception {
		long id = Drafts.createViaApi(mvc, "editor", "附件类型的通知", employment, category);
		Document page = page(get("/admin/documents/{id}", id).with(Sessions.demo(mvc, "editor")));
		assertThat(page.selectFirst("input[type=file][name=file]").attr("accept"))
			.isEqualTo(".pdf,.ofd,.docx,.doc,.xlsx,.xls,.png,.jpg,.jpeg,.gif")
			.isEqualTo(FileTypes.accept());
		for (String name : FileTypes.accept().split(",")) {
			assertThat(FileTypes.byName("a" + name)).as(name).isPresent();
		}
	}

	@Test
	void aWordFilesBodyReplacesTheBodyAndEveryOtherFieldIsKept() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		MockMultipartHttpServletRequestBuilder upload = multipart("/admin/documents/new/word");
		upload.file(new MockMultipartFile("wordFile", "就业补贴通知.docx", DOCX, WordFiles.notice(true, null)));
		fill(upload, "从 Word 导入的通知", employment, category, "<p>旧正文</p>").with(editor).with(csrf());
		Document form = page(upload);

		assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("从 Word 导入的通知");
		assertThat(form.selectFirst("select[name=documentType] option[selected]").val()).isEqualTo("通知公告");
		String body = form.selectFirst("textarea[name=body]").wholeText();
		assertThat(body).contains("<h1>第一章 总则</h1>", "<ol><li>申请条件</li>", "<table>").doesNotContain("旧正文", "<img");
		assertThat(form.getElementById("word-imported").text()).contains("就业补贴通知.docx", "已去除 1 张图片");
		assertThat(jdbc.queryForObject("select count(*) from catalogue_document where title = ?", Long.class,
				"从 Word 导入的通知")).isZero();
	}

	@Test
	void aFileThatIsNotWordIsRefusedAtItsFieldWithTheFormKept() throws Exception {
		MockMultipartHttpServletRequestBuilder upload = multipart("/admin/documents/new/word");
		upload.file(new MockMultipartFile("wordFile", "通知.docx", DOCX, "MZ not a word file".getBytes()));
		fill(upload, "保留标题的通知", employment, category, "<p>原正文</p>")
			.with(Sessions.demo(mvc, "editor")).with(csrf());
		String html = mvc.perform(upload).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document form = Jsoup.parse(html);
		assertThat(form.getElementById("wordFile-error").text()).startsWith("Word 文件：").contains("不是 Word 文档");
		assertThat(form.getElementById("wordFile").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("保留标题的通知");
		assertThat(form.selectFirst("textarea[name=body]").wholeText()).isEqualTo("<p>原正文</p>");
	}

	@Test
	void aDraftBeingEditedTakesTheImportAndKeepsItsVersion() throws Exception {
		long id = Drafts.createViaApi(mvc, "editor", "编辑中导入的通知", employment, category);
		long version = jdbc.queryForObject("select version from catalogue_document where id = ?", Long.class, id);
		MockMultipartHttpServletRequestBuilder upload = multipart("/admin/documents/{id}/edit/word", id);
		upload.file(new MockMultipartFile("wordFile", "修改稿.docx", DOCX, WordFiles.notice(false, null)));
		fill(upload, "编辑中导入的通知", employment, category, "<p>旧</p>").param("version", String.valueOf(version))
			.with(Sessions.demo(mvc, "editor")).with(csrf());
		Document form = page(upload);
		assertThat(form.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(version));
		assertThat(form.selectFirst("textarea[name=body]").wholeText()).contains("<h1>第一章 总则</h1>");
		assertThat(form.selectFirst("button[formaction]").attr("formaction"))
			.startsWith("/admin/documents/" + id + "/edit/word?_csrf=");
	}

	@Test
	void theImportNeedsTheFormsTokenAndAnEditor() throws Exception {
		MockMultipartHttpServletRequestBuilder noToken = multipart("/admin/documents/new/word");
		noToken.file(new MockMultipartFile("wordFile", "通知.docx", DOCX, WordFiles.notice(false, null)));
		mvc.perform(noToken.with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		MockMultipartHttpServletRequestBuilder reviewer = multipart("/admin/documents/new/word");
		reviewer.file(new MockMultipartFile("wordFile", "通知.docx", DOCX, WordFiles.notice(false, null)));
		mvc.perform(reviewer.with(Sessions.demo(mvc, "reviewer")).with(csrf())).andExpect(status().isForbidden());
	}

	/** The form's fields, as {@link Drafts#fill} fills them, on a multipart request. */
	private MockMultipartHttpServletRequestBuilder fill(MockMultipartHttpServletRequestBuilder form, String title,
			long unitId, long categoryId, String body) {
		Drafts.fill(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/"), title, unitId,
				categoryId, body)
			.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getParameterMap()
			.forEach(form::param);
		return form;
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
