package org.gongkai.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The 双公示 pages, feeds and exports as visitors and staff meet them: the demo's lists with natural persons
 * masked everywhere (page, record, CSV, feed), filters and paging, CSV safe against formulas, the console's four
 * eyes and unit scope, and imports checked whole with every bad row named.
 */
@GongkaiTest
class PublicityWebTest {

	static final String PENALTY_HEADER = "决定书文号,处罚名称,处罚类别,处罚事由,处罚依据,处罚结果,行政相对人,相对人类别,相对人代码,处罚机关,处罚决定日期\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicityRecordRepository records;

	static RequestPostProcessor as(String user) {
		return httpBasic(user, TestAccounts.DEMO_PASSWORD);
	}

	@Test
	void theDemoListsShowPersonsMaskedAndOrganisationsInFull() throws Exception {
		mvc.perform(get("/publicity/penalties"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("张**")))
			.andExpect(content().string(containsString("湖南建宏建筑劳务有限公司")))
			.andExpect(content().string(not(containsString("张建国"))))
			.andExpect(content().string(not(containsString("430103196505121234"))));
		mvc.perform(get("/publicity/licensing"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("湖南才聚人力资源服务有限公司")))
			.andExpect(content().string(containsString("逾期公示")))
			.andExpect(content().string(not(containsString("株洲融智人力资源服务有限公司"))));
		mvc.perform(get("/publicity"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/publicity/licensing/feed.atom")));
		mvc.perform(get("/powers")).andExpect(content().string(containsString("href=\"/publicity\"")));
	}

	@Test
	void aPersonsRecordPageAndTheFeedAndTheCsvAreMaskedToo() throws Exception {
		String id = records.findAll()
			.stream()
			.filter(r -> "张建国".equals(r.getPartyName()))
			.findFirst()
			.orElseThrow()
			.getPublicId();
		mvc.perform(get("/publicity/penalties/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("430103********1234")))
			.andExpect(content().string(not(containsString("张建国"))));
		mvc.perform(get("/publicity/licensing/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/publicity/penalties/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andExpect(content().string(containsString("张**")))
			.andExpect(content().string(not(containsString("张建国"))));
		assertThat(csv("/publicity/penalties/export.csv")).contains("张**", "430103********1234")
			.doesNotContain("张建国", "430103196505121234");
	}

	@Test
	void theCsvFollowsTheFiltersAndNoCellBecomesAFormula() throws Exception {
		long id = Long.parseLong(mvc.perform(post("/api/v1/admin/publicity").with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "PENALTY", "decisionNumber": "湘人社测罚〔2026〕CSV号", "title": "=HYPERLINK(\\"http://x\\")",
					 "penaltyCategory": "WARNING", "facts": "测试", "basis": "测试", "result": "+1", "partyName": "湖南公式测试有限公司",
					 "naturalPerson": false, "partyCode": "91430100MA4L0CCC1K", "authority": "湖南省人力资源和社会保障厅",
					 "decidedOn": "2026-11-20"}
					"""))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":([0-9]+).*", "$1"));
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", id).with(as("officehead")));
		String csv = csv("/publicity/penalties/export.csv?q=CSV");
		assertThat(csv).contains("'=HYPERLINK").contains("'+1").doesNotContain("湖南建宏建筑劳务有限公司");
	}

	@Test
	void theConsoleShowsTheRecordUnmaskedAndRefusesTheRegistrarThePublishForm() throws Exception {
		long id = records.findAll()
			.stream()
			.filter(r -> "株洲融智人力资源服务有限公司".equals(r.getPartyName()))
			.findFirst()
			.orElseThrow()
			.getId();
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		mvc.perform(get("/admin/publicity/{id}", id).with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publish-refusal\"")))
			.andExpect(content().string(not(containsString("/publish\""))));
		mvc.perform(post("/admin/publicity/{id}/publish", id).with(editor).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/admin/publicity/{id}", id).with(Sessions.demo(mvc, "checker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/publicity/" + id + "/publish")));
		mvc.perform(get("/admin/publicity/{id}", id).with(Sessions.demo(mvc, "reviewer")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/publicity").with(editor).param("status", "AWAITING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/publicity/" + id + "\"")))
			.andExpect(content().string(not(containsString("湖南建宏建筑劳务有限公司"))));
		mvc.perform(get("/admin/publicity/{id}/edit", id).with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株洲融智人力资源服务有限公司")));
		mvc.perform(get("/admin/publicity").with(Sessions.demo(mvc, "handler"))).andExpect(status().isForbidden());
	}

	@Test
	void theConsoleFormNamesEveryBadFieldAndSavesNothing() throws Exception {
		long before = records.count();
		mvc.perform(post("/admin/publicity/new").with(Sessions.demo(mvc, "editor"))
			.with(csrf())
			.param("kind", "PENALTY")
			.param("decisionNumber", "湘人社测罚〔2026〕表单号")
			.param("title", "处罚")
			.param("partyName", "某公司")
			.param("naturalPerson", "false")
			.param("partyCode", "91430100MA4L0FFF1K")
			.param("authority", "湖南省人力资源和社会保障厅")
			.param("decidedOn", "2026-13-40"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"decidedOn-error\"")));
		mvc.perform(post("/admin/publicity/new").with(Sessions.demo(mvc, "editor"))
			.with(csrf())
			.param("kind", "PENALTY")
			.param("decisionNumber", "湘人社测罚〔2026〕表单号")
			.param("title", "处罚")
			.param("partyName", "某公司")
			.param("naturalPerson", "false")
			.param("partyCode", "91430100MA4L0FFF1K")
			.param("authority", "湖南省人力资源和社会保障厅")
			.param("decidedOn", "2026-11-20"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"facts-error\"")))
			.andExpect(content().string(containsString("id=\"result-error\"")));
		assertThat(records.count()).isEqualTo(before);
	}

	@Test
	void anImportWithBadRowsListsEveryOneAndImportsNothingAGoodOneImportsAll() throws Exception {
		long before = records.count();
		String bad = PENALTY_HEADER
				+ "湘人社导罚〔2026〕1号,对克扣工资的处罚,罚款,克扣工资,《劳动保障监察条例》第二十六条,罚款1万元,湖南导入甲有限公司,法人及非法人组织,91430100MA4L0AAA1K,湖南省人力资源和社会保障厅,2026-11-02\n"
				+ "湘人社导罚〔2026〕2号,对克扣工资的处罚,罚金,克扣工资,《劳动保障监察条例》第二十六条,罚款1万元,湖南导入乙有限公司,法人及非法人组织,91430100MA4L0AAB1K,湖南省人力资源和社会保障厅,2026-11-02\n"
				+ "湘人社导罚〔2026〕3号,对克扣工资的处罚,警告,克扣工资,《劳动保障监察条例》第二十六条,警告,王五,自然人,,湖南省人力资源和社会保障厅,2026/11/3\n";
		mvc.perform(multipart("/api/v1/admin/publicity/import").file(file(bad.getBytes(Charset.forName("GBK"))))
			.param("kind", "PENALTY")
			.with(as("office")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("penaltyCategory"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].field").value("partyCode"));
		assertThat(records.count()).isEqualTo(before);
		mvc.perform(multipart("/admin/publicity/import").file(xlsx())
			.param("kind", "PENALTY")
			.param("action", "import")
			.with(Sessions.demo(mvc, "office"))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-ok\"")));
		assertThat(records.count()).isEqualTo(before + 1);
		assertThat(records.existsByKindAndDecisionNumber(PublicityKind.PENALTY, "湘人社导罚〔2026〕9号")).isTrue();
	}

	private String csv(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "penalties.csv", "text/csv", content);
	}

	private static MockMultipartFile xlsx() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet();
			String[] header = PENALTY_HEADER.strip().split(",");
			String[] values = { "湘人社导罚〔2026〕9号", "对克扣工资的处罚", "罚款", "克扣工资", "《劳动保障监察条例》第二十六条", "罚款1万元",
					"湖南导入丙有限公司", "法人及非法人组织", "91430100MA4L0AAC1K", "湖南省人力资源和社会保障厅", "2026-11-02" };
			Row first = sheet.createRow(0);
			Row second = sheet.createRow(1);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
				second.createCell(i).setCellValue(values[i]);
			}
			book.write(out);
			return new MockMultipartFile("file", "penalties.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
		}
	}

}
