package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.Ground;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.WantedForm;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestAccounts;

/**
 * The reply letter as its handlers print and download it: the draft before the reply, the issued text after,
 * never to staff who may not handle the case, never cached.
 */
@GongkaiTest
class CaseLetterPagesTest {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void theLetterIsDeniedToAnEditorAndToTheHandlerUntilTheCaseIsAssignedToTheirUnit() throws Exception {
		long id = partlyDisclosed(false);
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");
		for (String path : List.of("/letter", "/letter.docx")) {
			assertThat(mvc.perform(get("/admin/requests/" + id + path).with(editor))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString()).doesNotContain("第三十七条", "张三");
			mvc.perform(get("/admin/requests/" + id + path).with(handler)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/admin/requests/" + id + "/letter").with(httpBasic("editor", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isNotFound());

		assign(id);
		mvc.perform(get("/admin/requests/" + id + "/letter").with(handler)).andExpect(status().isOk());
		mvc.perform(get("/admin/requests/" + id + "/letter.docx").with(handler)).andExpect(status().isOk());
	}

	@Test
	void beforeTheReplyThePrintablePageShowsTheDraftMarkedAsSuch() throws Exception {
		long id = partlyDisclosed(true);
		Document page = Jsoup.parse(mvc.perform(get("/admin/requests/" + id + "/letter").with(Sessions.demo(mvc, "handler")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".letter-draft-mark").text()).isEqualTo("草稿");
		assertThat(page.select(".letterhead").text()).isEqualTo("湖南省人力资源和社会保障厅");
		assertThat(page.select("h1.letter-title").text()).isEqualTo("政府信息公开申请答复告知书");
		assertThat(page.select(".letter-salutation").text()).isEqualTo("张三：");
		assertThat(page.select(".letter-paragraph").text()).contains("第三十七条", "第十五条");
		assertThat(page.select(".letter-signature p").eachText()).containsExactly("湖南省人力资源和社会保障厅", "2026年11月27日");
		assertThat(page.select("a[href$=letter.docx]")).hasSize(1);
	}

	@Test
	void theDocxOpensWithPoiAndHoldsTheLetterInChineseFonts() throws Exception {
		long id = partlyDisclosed(true);
		byte[] docx = mvc.perform(get("/admin/requests/" + id + "/letter.docx").with(Sessions.demo(mvc, "handler")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''%E7%AD%94%E5%A4%8D%E5%91%8A%E7%9F%A5%E4%B9%A6-YS")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains("草稿", "湖南省人力资源和社会保障厅", "政府信息公开申请答复告知书", "张三：", "2026年11月27日");
			assertThat(texts).anyMatch(t -> t.contains("第三十七条") && t.contains("第十五条"));
			XWPFParagraph title = doc.getParagraphs().stream()
				.filter(p -> p.getText().equals("政府信息公开申请答复告知书"))
				.findFirst()
				.orElseThrow();
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			XWPFRun body = doc.getParagraphs().stream()
				.filter(p -> p.getText().contains("第三十七条"))
				.findFirst()
				.orElseThrow()
				.getRuns()
				.get(0);
			assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
		}
	}

	@Test
	void afterTheReplyThePageTheDocxAndTheApiGiveTheTextAsIssued() throws Exception {
		long id = partlyDisclosed(true);
		SignedIn.as(staff, "handler");
		handling.reply(CurrentStaff.require(), id, "政府信息公开申请答复告知书\n张三：\n经审查，部分公开，发出的文本由承办人改写。\n湖南省人力资源和社会保障厅\n2026年11月27日");
		SignedIn.signOut();
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");

		Document page = Jsoup.parse(mvc.perform(get("/admin/requests/" + id + "/letter").with(handler))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".letter-draft-mark")).isEmpty();
		assertThat(page.select(".letter-paragraph").text()).isEqualTo("经审查，部分公开，发出的文本由承办人改写。");

		byte[] docx = mvc.perform(get("/admin/requests/" + id + "/letter.docx").with(handler))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("%E8%8D%89%E7%A8%BF"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
				.contains("经审查，部分公开，发出的文本由承办人改写。")
				.doesNotContain("草稿");
		}

		mvc.perform(get("/api/v1/admin/requests/" + id + "/letter").with(httpBasic("handler", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.draft").value(false))
			.andExpect(jsonPath("$.repliedOn").value("2026-11-27"))
			.andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.containsString("发出的文本由承办人改写")));
		mvc.perform(get("/api/v1/admin/requests/" + id + "/letter.docx").with(httpBasic("handler", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX));
	}

	@Test
	void theLetterEndpointsAreInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/requests/{id}/letter'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/requests/{id}/letter.docx'].get").exists());
	}

	/** An application received today with one item decided 部分公开 by the office; assigned to 法规处 if asked. */
	private long partlyDisclosed(boolean assigned) {
		Receipt receipt = applications.apply(new ApplicationForm(ApplicantKind.NATURAL_PERSON, "张三", IdType.RESIDENT_ID,
				"430104199001011230", null, "13812345678", "zhangsan@example.com", "长沙市芙蓉区五一大道1号", "410000",
				List.of(new ApplicationForm.Item("2026年度人力资源服务机构检查结果", null)), null, WantedForm.EMAIL,
				Delivery.EMAIL), null);
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		handling.decide(CurrentStaff.require(), id, handling.view(CurrentStaff.require(), id).items().get(0).id(), ReplyType.PARTLY_DISCLOSED, Ground.THIRD_PARTY_RIGHTS,
				"涉及企业经营信息的部分不予公开", List.of());
		if (assigned) {
			handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		}
		SignedIn.signOut();
		return id;
	}

	private void assign(long id) {
		SignedIn.as(staff, "office");
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		SignedIn.signOut();
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

}
