package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.function.LongFunction;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The metadata form and the rules around it: errors next to fields with values kept, two people saving one
 * draft, unit scoping, attachments whose content does not match their name, downloads with Chinese names.
 */
@GongkaiTest
class DocumentFormConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	long employment;

	long finance;

	long category;

	@BeforeEach
	void ids() {
		employment = Drafts.unitId(jdbc, "employment");
		finance = Drafts.unitId(jdbc, "finance");
		category = Drafts.categoryId(jdbc, "finance");
	}

	@Test
	void theNewFormOffersEveryCatalogueFieldAndTheEditorsUnitOnly() throws Exception {
		String form = mvc.perform(get("/admin/documents/new").with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"title\"", "name=\"summary\"", "name=\"documentNumber\"",
				"name=\"issuingBody\"", "name=\"unitId\"", "name=\"categoryId\"", "name=\"keywords\"",
				"name=\"documentType\"", "name=\"formedOn\"", "name=\"effectiveOn\"", "name=\"expiresOn\"",
				"name=\"disclosure\"", "name=\"exemptionGround\"", "name=\"body\"", "行政规范性文件", "就业创业",
				"保存时会自动清除脚本");
		assertThat(form).contains(">就业处<").doesNotContain(">财务处<");
		mvc.perform(get("/admin/documents/new").with(Sessions.demo(mvc, "office")))
			.andExpect(content().string(containsString(">财务处<")));
		mvc.perform(get("/admin/documents/new").with(Sessions.demo(mvc, "reviewer"))).andExpect(status().isForbidden());
	}

	@Test
	void errorsAreShownNextToTheirFieldsAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(Drafts.newDraftForm(Sessions.demo(mvc, "editor"), "", employment, category)
			.with(Drafts.set("keywords", "保留的主题词")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("documentForm", "title"))
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("请填写名称")))
			.andExpect(content().string(containsString("value=\"保留的主题词\"")));
		mvc.perform(Drafts.newDraftForm(Sessions.demo(mvc, "editor"), "日期写错的文件", employment, category)
			.with(Drafts.set("formedOn", "2026-13-45")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("documentForm", "formedOn"))
			.andExpect(content().string(containsString("id=\"formedOn-error\"")))
			.andExpect(content().string(containsString("value=\"2026-13-45\"")))
			.andExpect(content().string(containsString("请输入有效的日期")))
			.andExpect(content().string(containsString("value=\"日期写错的文件\"")));
		mvc.perform(Drafts.newDraftForm(Sessions.demo(mvc, "editor"), "依申请公开但没有理由", employment, category)
			.with(Drafts.set("disclosure", "ON_REQUEST")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"exemptionGround-error\"")))
			.andExpect(content().string(containsString("依申请公开或不予公开的文件须选择理由")))
			.andExpect(content().string(containsString("value=\"依申请公开但没有理由\"")));
		assertThat(jdbc.queryForObject("select count(*) from catalogue_document where title = '依申请公开但没有理由'",
				Integer.class)).isZero();
	}

	@Test
	void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndKeepsItsText() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		long id = Drafts.idFrom(mvc.perform(Drafts.newDraftForm(editor, "两人同时修改的草稿", employment, category))
			.andReturn().getResponse().getRedirectedUrl());
		long version = office().apply(id).version();
		mvc.perform(get("/admin/documents/{id}/edit", id).with(editor))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));

		mvc.perform(Drafts.fill(post("/admin/documents/{id}/edit", id).with(office).with(csrf()), "公开办先保存的标题",
				employment, category, "<p>公开办的正文</p>").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		mvc.perform(Drafts.fill(post("/admin/documents/{id}/edit", id).with(editor).with(csrf()), "编辑后保存的标题",
				employment, category, "<p>编辑辛苦写的正文</p>").param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该文件已被他人保存")))
			.andExpect(content().string(containsString("value=\"编辑后保存的标题\"")))
			.andExpect(content().string(containsString("编辑辛苦写的正文")));

		DocumentView saved = office().apply(id);
		assertThat(saved.title()).isEqualTo("公开办先保存的标题");
		assertThat(saved.body()).contains("公开办的正文");
	}

	@Test
	void anEditorOfOneUnitCannotTouchAnotherUnitsDocument() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		long id = Drafts.idFrom(mvc.perform(Drafts.newDraftForm(office, "财务处的预算说明", finance, category))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl());

		mvc.perform(get("/admin/documents/{id}", id).with(editor))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您只能处理本单位的记录")))
			.andExpect(content().string(not(containsString("财务处的预算说明"))));
		mvc.perform(get("/admin/documents/{id}/edit", id).with(editor)).andExpect(status().isForbidden());
		mvc.perform(Drafts.fill(post("/admin/documents/{id}/edit", id).with(editor).with(csrf()), "越权修改", finance,
				category, "").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/documents/{id}/submit", id).with(editor).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您只能编辑本单位的文件")));
		mvc.perform(Drafts.newDraftForm(editor, "替财务处起草", finance, category))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/documents").with(editor))
			.andExpect(content().string(not(containsString("财务处的预算说明"))));
		assertThat(office().apply(id).title()).isEqualTo("财务处的预算说明");
		assertThat(jdbc.queryForObject("select count(*) from catalogue_document where title = '替财务处起草'",
				Integer.class)).isZero();
	}

	@Test
	void anAttachmentWhoseContentDoesNotMatchItsNameIsRefusedNextToTheUploadField() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		long id = Drafts.idFrom(mvc.perform(Drafts.newDraftForm(editor, "附件类型检查", employment, category))
			.andReturn().getResponse().getRedirectedUrl());
		byte[] notAPdf = "MZ\u0090\u0000 this is an executable, not a PDF".getBytes();
		mvc.perform(multipart("/admin/documents/{id}/attachments", id)
			.file(new MockMultipartFile("file", "政策解读.pdf", "application/pdf", notAPdf))
			.with(editor)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("uploadForm", "file"))
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("“政策解读.pdf”的内容与扩展名不符，已拒绝")));
		mvc.perform(multipart("/admin/documents/{id}/attachments", id)
			.file(new MockMultipartFile("file", "说明.docx", "application/octet-stream", Drafts.pdf("a pdf, not docx")))
			.with(editor)
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(multipart("/admin/documents/{id}/attachments", id).with(editor).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择要上传的文件")));
		assertThat(office().apply(id).attachments()).isEmpty();
	}

	@Test
	void aDownloadKeepsTheChineseFileName() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		long id = Drafts.idFrom(mvc.perform(Drafts.newDraftForm(editor, "下载文件名", employment, category))
			.andReturn().getResponse().getRedirectedUrl());
		byte[] pdf = Drafts.pdf("download name test");
		mvc.perform(multipart("/admin/documents/{id}/attachments", id)
			.file(new MockMultipartFile("file", "2026年就业补贴 申领表.pdf", "application/pdf", pdf))
			.with(editor)
			.with(csrf())).andExpect(status().isFound());
		long attachment = office().apply(id).attachments().get(0).id();

		byte[] body = mvc.perform(get("/admin/documents/attachments/{aid}", attachment).with(editor))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(
					"filename*=UTF-8''2026%E5%B9%B4%E5%B0%B1%E4%B8%9A%E8%A1%A5%E8%B4%B4%20%E7%94%B3%E9%A2%86%E8%A1%A8.pdf")))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"2026")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(pdf);
		mvc.perform(get("/admin/documents/attachments/{aid}", attachment).with(Sessions.demo(mvc, "head")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/admin/documents/{id}/attachments/{aid}/delete", id, attachment).with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + id));
		assertThat(office().apply(id).attachments()).isEmpty();
	}

	LongFunction<DocumentView> office() {
		Me office = new Me(0, "test", "test", 0, "test", Set.of(Role.DISCLOSURE_OFFICE));
		return id -> catalogue.staffDocument(office, id);
	}

}
