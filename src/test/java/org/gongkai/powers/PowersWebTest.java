package org.gongkai.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.identity.UnitManagement;
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
 * The power list as visitors, staff and API clients meet it: the list as of a date answered from the status
 * events, item pages with their history, incomplete items and illegal status changes refused naming the field with
 * nothing changed, imports checked whole (GBK CSV and XLSX) with every bad row listed and nothing imported.
 */
@GongkaiTest
class PowersWebTest {

	private static final String HEADER = "职权编码,职权名称,职权类型,设定依据,实施主体,承办机构,审核转报,状态,状态生效日期,状态变更原因,决定文件\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	PowerItemRepository items;

	@Autowired
	UnitManagement units;

	@Autowired
	PowerLookup lookup;

	private static RequestPostProcessor office() {
		return httpBasic("office", TestAccounts.DEMO_PASSWORD);
	}

	private String create(String name, String status, String day) throws Exception {
		String body = """
				{"item": {"name": "%s", "type": "BENEFIT", "basis": [{"lawName": "中华人民共和国就业促进法", "article": "第十八条"}],
				  "implementingBody": "湖南省人力资源和社会保障厅", "handlingUnitId": %d, "reviewForward": false},
				 "status": {"status": "%s", "effectiveOn": "%s", "reason": "首次公布", "decidingDocument": "湘政办发〔2015〕55号"}}
				""".formatted(name, unitId("employment"), status, day);
		String response = mvc.perform(post("/api/v1/admin/powers").with(office())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return response.replaceAll(".*\"code\":\"([0-9]+)\".*", "$1");
	}

	private void change(String code, String status, String day) throws Exception {
		mvc.perform(post("/api/v1/admin/powers/{code}/status", code).with(office())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"status": "%s", "effectiveOn": "%s", "reason": "下放至市州", "decidingDocument": "湘政发〔2019〕8号"}
					""".formatted(status, day))).andExpect(status().isCreated());
	}

	private long unitId(String code) {
		return units.all().stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow().id();
	}

	@Test
	void theListAsOfADateIsWhatTheEventsEffectiveByThenDefine() throws Exception {
		String code = create("测试下放补贴甲", "RETAINED", "2015-06-30");
		change(code, "DELEGATED", "2019-04-01");
		mvc.perform(get("/api/v1/powers").param("q", "测试下放补贴甲").param("asOf", "2019-03-31"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].status").value("RETAINED"))
			.andExpect(jsonPath("$.items[0].statusSince").value("2015-06-30"));
		mvc.perform(get("/api/v1/powers").param("q", "测试下放补贴甲"))
			.andExpect(jsonPath("$.items[0].status").value("DELEGATED"));
		mvc.perform(get("/api/v1/powers").param("q", "测试下放补贴甲").param("asOf", "2015-06-29"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/powers").param("q", "测试下放补贴甲").param("status", "RETAINED"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/powers/{code}", code).param("asOf", "2018-01-01"))
			.andExpect(jsonPath("$.status").value("RETAINED"))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[1].status").value("DELEGATED"));
	}

	@Test
	void thePublicPagesShowTheListAsOfADateAndTheItemsHistory() throws Exception {
		String code = create("测试下放补贴乙", "RETAINED", "2015-06-30");
		change(code, "DELEGATED", "2019-04-01");
		mvc.perform(get("/powers").param("q", "测试下放补贴乙").param("asOf", "2018-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2018年12月31日的清单：共 1 项")))
			.andExpect(content().string(containsString("/powers/" + code + "?asOf=2018-12-31")));
		mvc.perform(get("/powers/{code}", code).param("asOf", "2018-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2018年12月31日的状态：保留")))
			.andExpect(content().string(containsString("湘政发〔2019〕8号")));
	}

	@Test
	void theDemoListHoldsOverAHundredItemsOfEveryType() throws Exception {
		mvc.perform(get("/api/v1/powers").param("size", "1"))
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(100)));
		for (PowerType type : PowerType.values()) {
			mvc.perform(get("/api/v1/powers").param("type", type.name()).param("asOf", "2016-01-01"))
				.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)));
		}
		mvc.perform(get("/api/v1/powers").param("q", "劳务派遣经营许可").param("asOf", "2018-12-31"))
			.andExpect(jsonPath("$.items[0].status").value("RETAINED"));
		mvc.perform(get("/api/v1/powers").param("q", "劳务派遣经营许可"))
			.andExpect(jsonPath("$.items[0].status").value("DELEGATED"));
	}

	@Test
	void theDemoListAsOfMidLastYearDiffersFromTodaysWhereItemsWereDelegatedSince() throws Exception {
		String wages = "对用人单位支付劳动者工资低于当地最低工资标准的处罚";
		mvc.perform(get("/powers").param("q", wages).param("asOf", "2025-06-30"))
			.andExpect(content().string(containsString("2025年6月30日的清单：共 1 项")))
			.andExpect(content().string(containsString("<span class=\"badge\">保留</span>")));
		mvc.perform(get("/powers").param("q", wages))
			.andExpect(content().string(containsString("<span class=\"badge\">下放</span>")));
		mvc.perform(get("/api/v1/powers").param("q", "中外合作职业技能培训机构设立审批").param("asOf", "2024-12-31"))
			.andExpect(jsonPath("$.items[0].status").value("RETAINED"));
		mvc.perform(get("/api/v1/powers").param("q", "中外合作职业技能培训机构设立审批").param("asOf", "2025-06-30"))
			.andExpect(jsonPath("$.items[0].status").value("DELEGATED"))
			.andExpect(jsonPath("$.items[0].statusSince").value("2025-03-01"));
	}

	@Test
	void theListsPagerKeepsTheFiltersAndCountsPagesFromOne() throws Exception {
		// in the address, as a browser sends it (the links are built from the query string)
		mvc.perform(get("/powers?asOf=2024-01-01"))
			.andExpect(content().string(containsString("href=\"/powers?asOf=2024-01-01&amp;page=2\" rel=\"next\"")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
		mvc.perform(get("/powers?asOf=2024-01-01&page=2"))
			.andExpect(content().string(containsString("href=\"/powers?asOf=2024-01-01&amp;page=1\" rel=\"prev\"")))
			.andExpect(content().string(containsString("第 2 页，共 ")));
	}

	@Test
	void anItemWithoutTypeOrLegalBasisIs422NamingBothAndNothingIsCreated() throws Exception {
		long before = items.count();
		mvc.perform(post("/api/v1/admin/powers").with(office()).contentType(MediaType.APPLICATION_JSON).content("""
				{"item": {"name": "没有类型的事项", "implementingBody": "湖南省人力资源和社会保障厅", "handlingUnitId": %d},
				 "status": {"status": "RETAINED", "effectiveOn": "2015-06-30", "reason": "首次公布", "decidingDocument": "文件"}}
				""".formatted(unitId("employment"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("basis")));
		assertThat(items.count()).isEqualTo(before);
	}

	@Test
	void cancellingACancelledItemIsRefusedNamingTheStatusAndChangesNothing() throws Exception {
		String code = create("测试取消补贴", "RETAINED", "2015-06-30");
		change(code, "CANCELLED", "2017-01-12");
		mvc.perform(post("/api/v1/admin/powers/{code}/status", code).with(office())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"status": "CANCELLED", "effectiveOn": "2018-01-01", "reason": "再次取消", "decidingDocument": "文件"}
					"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.detail").value(containsString("已取消")));
		mvc.perform(get("/api/v1/powers/{code}", code)).andExpect(jsonPath("$.history.length()").value(2));
	}

	@Test
	void aGbkCsvWithBadRowsListsEveryBadRowAndImportsNothing() throws Exception {
		long before = items.count();
		String csv = HEADER + "" + ",GBK导入的好事项,行政给付,《中华人民共和国就业促进法》第十八条,湖南省人力资源和社会保障厅,就业处,否,保留,2015-06-30,首次公布,湘政办发〔2015〕55号\n"
				+ ",GBK导入的坏事项一,行政许愿,《中华人民共和国就业促进法》第十八条,湖南省人力资源和社会保障厅,就业处,否,保留,2015-06-30,首次公布,文件\n"
				+ ",GBK导入的坏事项二,行政给付,,湖南省人力资源和社会保障厅,没有的处,否,保留,2015-06-30,首次公布,文件\n";
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(Charset.forName("GBK")));
		mvc.perform(multipart("/api/v1/admin/powers/import").file(file).param("dryRun", "true").with(office()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.problems[?(@.row == 3)].column").value(hasItem("职权类型")))
			.andExpect(jsonPath("$.problems[?(@.row == 4)].column").value(hasItem("设定依据")))
			.andExpect(jsonPath("$.problems[?(@.row == 4)].column").value(hasItem("承办机构")))
			.andExpect(jsonPath("$.problems[*].row").value(not(hasItem(2))));
		mvc.perform(multipart("/api/v1/admin/powers/import").file(file).with(office()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3));
		mvc.perform(multipart("/admin/powers/import").file(file).param("action", "check")
			.with(Sessions.demo(mvc, "office")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已读取全部 3 行：2 行有错误，1 行无误。")));
		assertThat(items.count()).isEqualTo(before);
		mvc.perform(get("/api/v1/powers").param("q", "GBK导入的好事项")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anXlsxWithABadRowImportsNothingAndOnceCorrectedImportsEveryRow() throws Exception {
		long before = items.count();
		byte[] bad = workbook(List.of("XLSX导入事项一", "行政确认", "《工伤保险条例》第十七条", "2015-06-30"),
				List.of("XLSX导入事项二", "行政确认", "工伤保险条例第十七条", "2015-06-30"));
		mvc.perform(multipart("/api/v1/admin/powers/import").file(new MockMultipartFile("file", "list.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad)).with(office()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("设定依据"));
		assertThat(items.count()).isEqualTo(before);
		byte[] good = workbook(List.of("XLSX导入事项一", "行政确认", "《工伤保险条例》第十七条", "2015-06-30"),
				List.of("XLSX导入事项二", "行政确认", "《工伤保险条例》第十七条", "2015-06-30"));
		mvc.perform(multipart("/api/v1/admin/powers/import").file(new MockMultipartFile("file", "list.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good)).with(office()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.created").value(2));
		assertThat(items.count()).isEqualTo(before + 2);
	}

	@Test
	void theExportNeutralisesFormulasAndImportsBackWithoutChange() throws Exception {
		String code = create("=HYPERLINK(\\\"http://x\\\")补贴", "RETAINED", "2015-06-30");
		byte[] csv = mvc.perform(get("/api/v1/admin/powers/export").with(office()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains(code + ",\"'=HYPERLINK(");
		mvc.perform(multipart("/api/v1/admin/powers/import").file(new MockMultipartFile("file", "powers.csv",
				"text/csv", csv)).param("dryRun", "true").with(office()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems.length()").value(0))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.statusChanges").value(0));
		mvc.perform(get("/api/v1/powers/{code}", code)).andExpect(jsonPath("$.name").value(containsString("=HYPERLINK")));
	}

	@Test
	void theConsoleFormShowsEachMissingFieldNextToItAndCreatesNothing() throws Exception {
		long before = items.count();
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		mvc.perform(post("/admin/powers/new").with(office).with(csrf())
			.param("name", "控制台缺依据的事项")
			.param("implementingBody", "湖南省人力资源和社会保障厅")
			.param("handlingUnitId", String.valueOf(unitId("employment")))
			.param("status", "RETAINED").param("effectiveOn", "2015-06-30")
			.param("reason", "首次公布").param("decidingDocument", "湘政办发〔2015〕55号"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"type-error\"")))
			.andExpect(content().string(containsString("请选择职权类型。")))
			.andExpect(content().string(containsString("id=\"basis-error\"")))
			.andExpect(content().string(containsString("至少填写一项设定依据")));
		assertThat(items.count()).isEqualTo(before);
		String code = create("控制台可编辑的补贴", "RETAINED", "2015-06-30");
		mvc.perform(get("/admin/powers/{code}", code).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("《中华人民共和国就业促进法》第十八条")));
	}

	@Test
	void theLookupForServiceGuidesGivesTheItemAsItStandsToday() throws Exception {
		String code = create("测试查找补贴", "RETAINED", "2015-06-30");
		change(code, "DELEGATED", "2019-04-01");
		PowerItemRef ref = lookup.current(code).orElseThrow();
		assertThat(ref.status()).isEqualTo("DELEGATED");
		assertThat(ref.type()).isEqualTo(PowerType.BENEFIT);
		assertThat(ref.handlingUnitId()).isEqualTo(unitId("employment"));
		assertThat(lookup.current("999999999")).isEmpty();
	}

	private static byte[] workbook(List<String> first, List<String> second) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet();
			String[] header = { "职权名称", "职权类型", "设定依据", "实施主体", "承办机构", "状态", "状态生效日期", "状态变更原因", "决定文件" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			int r = 1;
			for (List<String> values : List.of(first, second)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(values.get(0));
				row.createCell(1).setCellValue(values.get(1));
				row.createCell(2).setCellValue(values.get(2));
				row.createCell(3).setCellValue("湖南省人力资源和社会保障厅");
				row.createCell(4).setCellValue("工伤保险处");
				row.createCell(5).setCellValue("保留");
				row.createCell(6).setCellValue(values.get(3));
				row.createCell(7).setCellValue("首次公布");
				row.createCell(8).setCellValue("湘政办发〔2015〕55号");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

}
