package org.gongkai.catalogue.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.Validity;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bulk import as the disclosure office uses it to migrate an earlier site. */
@GongkaiTest
class DocumentImportTest {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String HEADER = "索引号,名称,内容概述,文号,发布机构,责任单位,信息分类,主题词,文件类型,成文日期,发布日期,生效日期,废止日期,公开方式,理由,有效性,正文,附件";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportedDocuments imported;

	@Autowired
	Catalogue catalogue;

	RequestPostProcessor office;

	String tag;

	@BeforeEach
	void signIn() throws Exception {
		office = Sessions.demo(mvc, "office");
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aUtf8CsvWithChineseHeadersIsImportedAsPublishedOnItsOwnDate() throws Exception {
		String csv = "\uFEFF" + HEADER + "\r\n"
				+ "MIG-" + tag + "/2019-001,关于做好" + tag + "就业工作的通知,促进就业,湘人社发〔2019〕1号,湖南省人力资源和社会保障厅,"
				+ "就业处,就业创业,就业 创业,通知公告,2019-03-01,2019/3/5 09:30,2019-03-10,,主动公开,,有效,"
				+ "\"<p>第一段</p><script>alert(1)</script>\",\r\n"
				+ ",内部" + tag + "事项,,,湖南省人力资源和社会保障厅办公室,office,机构职能,,工作动态,2019年4月1日,,,,依申请公开,内部事务信息,,"
				+ "\"正文第一行\n第二行\",\r\n";
		ImportJobView job = importFile(csv.getBytes(StandardCharsets.UTF_8), "docs.csv", null);

		assertThat(job.created()).isEqualTo(2);
		DocumentView notice = catalogue.publicByIndexNumber("MIG-" + tag + "/2019-001").orElseThrow();
		assertThat(notice.title()).isEqualTo("关于做好" + tag + "就业工作的通知");
		assertThat(notice.documentNumber()).isEqualTo("湘人社发〔2019〕1号");
		assertThat(notice.publishedAt()).isEqualTo(LocalDateTime.of(2019, 3, 5, 9, 30).atZone(CHINA).toInstant());
		assertThat(notice.formedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
		assertThat(notice.effectiveOn()).isEqualTo(LocalDate.of(2019, 3, 10));
		assertThat(notice.categoryName()).isEqualTo("就业创业");
		assertThat(notice.unitId()).isEqualTo(unitId("employment"));
		assertThat(notice.body()).isEqualTo("<p>第一段</p>");
		assertThat(notice.revisions()).singleElement().satisfies(r -> assertThat(r.revision()).isEqualTo(1));

		Map<String, Object> internal = jdbc.queryForMap(
				"select index_number, disclosure, exemption_ground, status, body from catalogue_document where title = ?",
				"内部" + tag + "事项");
		assertThat(internal.get("index_number").toString()).startsWith("000014349/2019-");
		assertThat(internal).containsEntry("disclosure", Disclosure.ON_REQUEST.name())
			.containsEntry("exemption_ground", "INTERNAL_AFFAIRS")
			.containsEntry("status", "PUBLISHED")
			.containsEntry("body", "<p>正文第一行</p><p>第二行</p>");
		assertThat(catalogue.publicByIndexNumber(internal.get("index_number").toString())).isEmpty();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'catalogue.imported' and actor = 'office' and object_id = ?",
				Integer.class, job.id())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'document.imported' and actor = 'office' "
				+ "and summary like ?", Integer.class, "%" + tag + "%")).isEqualTo(2);
	}

	@Test
	void aGbkCsvAsChineseExcelWritesItIsReadCorrectly() throws Exception {
		String csv = "index_number,title,issuing_body,unit,category,document_type,formed_on,validity\r\n"
				+ "GBK-" + tag + ",湖南省劳动保障监察条例实施细则（" + tag + "）,湖南省人民政府,法规处,法规文件,行政规范性文件,2010-06-01,已废止\r\n";
		ImportJobView job = importFile(csv.getBytes(Charset.forName("GBK")), "excel.csv", null);

		assertThat(job.created()).isEqualTo(1);
		DocumentView rule = catalogue.publicByIndexNumber("GBK-" + tag).orElseThrow();
		assertThat(rule.title()).isEqualTo("湖南省劳动保障监察条例实施细则（" + tag + "）");
		assertThat(rule.issuingBody()).isEqualTo("湖南省人民政府");
		assertThat(rule.categoryName()).isEqualTo("法规文件");
		assertThat(rule.validity()).isEqualTo(Validity.REPEALED);
	}

	@Test
	void anXlsxBuiltInExcelIsImportedWithItsDateCells() throws Exception {
		byte[] xlsx;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("目录");
			String[] header = { "名称", "发布机构", "责任单位", "信息分类", "文件类型", "成文日期", "发布日期", "索引号" };
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
			}
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("2020年统计公报" + tag);
			row.createCell(1).setCellValue("湖南省人力资源和社会保障厅");
			row.createCell(2).setCellValue("统计信息中心");
			row.createCell(3).setCellValue("plans");
			row.createCell(4).setCellValue("统计信息");
			row.createCell(5).setCellValue(LocalDate.of(2020, 5, 20));
			row.getCell(5).setCellStyle(date);
			row.createCell(6).setCellValue("2020-05-22");
			row.createCell(7).setCellValue("XLSX-" + tag);
			book.write(out);
			xlsx = out.toByteArray();
		}
		ImportJobView job = importFile(xlsx, "目录.xlsx", null);

		assertThat(job.created()).isEqualTo(1);
		DocumentView report = catalogue.publicByIndexNumber("XLSX-" + tag).orElseThrow();
		assertThat(report.title()).isEqualTo("2020年统计公报" + tag);
		assertThat(report.formedOn()).isEqualTo(LocalDate.of(2020, 5, 20));
		assertThat(report.publishedAt().atZone(CHINA).toLocalDate()).isEqualTo(LocalDate.of(2020, 5, 22));
		assertThat(report.categoryName()).isEqualTo("规划计划");
	}

	@Test
	void attachmentsComeFromTheZipEvenWithGbkFileNames() throws Exception {
		String csv = HEADER + "\n" + "ZIP-" + tag + ",附件测试" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-01-04,,,,,,,,附件一.pdf\n";
		byte[] zip = zip(Charset.forName("GBK"), Map.of("材料/附件一.pdf", pdf("Migration handbook zebra " + tag)));
		ImportJobView job = importFile(csv.getBytes(StandardCharsets.UTF_8), "docs.csv", zip);

		assertThat(job.created()).isEqualTo(1);
		DocumentView document = catalogue.publicByIndexNumber("ZIP-" + tag).orElseThrow();
		assertThat(document.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("附件一.pdf");
			assertThat(file.contentType()).isEqualTo("application/pdf");
		});
		assertThat(jdbc.queryForObject("select extracted_text from catalogue_attachment where document_id = ?",
				String.class, document.id())).contains("zebra " + tag);
	}

	@Test
	void aDryRunListsEveryBadRowAndNothingIsImported() throws Exception {
		String csv = HEADER + "\n"
				+ ",好的一行" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-01-04,,,,,,,,\n"
				+ ",日期错误" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-02-30,,,,,,,,\n"
				+ ",单位错误" + tag + ",,,湖南省人力资源和社会保障厅,不存在处,就业创业,,通知公告,2021-01-04,,,,,,,,\n"
				+ ",附件错误" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-01-04,,,,,,,,假的.pdf\n";
		byte[] zip = zip(StandardCharsets.UTF_8, Map.of("假的.pdf", "not a pdf at all".getBytes(StandardCharsets.US_ASCII)));

		for (boolean dryRun : List.of(true, false)) {
			MvcResult result = upload(csv.getBytes(StandardCharsets.UTF_8), "docs.csv", zip, dryRun)
				.andExpect(status().isOk())
				.andExpect(view().name(ImportConsole.PAGE))
				.andExpect(content().string(containsString("发现 3 个问题，未导入任何文件")))
				.andExpect(content().string(containsString("“2021-02-30”不是有效的日期。")))
				.andExpect(content().string(containsString("没有名称或代码为“不存在处”的责任单位。")))
				.andExpect(content().string(containsString("“假的.pdf”的内容与扩展名不符，已拒绝。")))
				.andReturn();
			CheckReport report = (CheckReport) result.getModelAndView().getModel().get("report");
			assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
				.containsExactly(tuple(3, Column.FORMED_ON, "import.date.invalid"),
						tuple(4, Column.UNIT, "import.unit.unknown"),
						tuple(5, Column.ATTACHMENTS, "attachment.type.mismatch"));
			assertThat(jdbc.queryForObject("select count(*) from catalogue_document where title like ?", Integer.class,
					"%" + tag)).isZero();
		}
	}

	@Test
	void aRepeatedImportCreatesNoDuplicates() throws Exception {
		String csv = HEADER + "\n"
				+ "REP-" + tag + ",有索引号的文件" + tag + ",,湘人社函〔2018〕7号,湖南省人力资源和社会保障厅,法规处,法规文件,,其他文件,2018-02-01,,,,,,,,\n"
				+ ",无索引号的文件" + tag + ",,湘人社函〔2018〕8号,湖南省人力资源和社会保障厅,法规处,法规文件,,其他文件,2018-02-02,,,,,,,,\n";
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		assertThat(importFile(file, "docs.csv", null).created()).isEqualTo(2);

		MvcResult dryRun = upload(file, "docs.csv", null, true).andExpect(status().isOk()).andReturn();
		CheckReport report = (CheckReport) dryRun.getModelAndView().getModel().get("report");
		assertThat(report.ok()).isTrue();
		assertThat(report.presentRows()).isEqualTo(2);

		ImportJobView again = importFile(file, "docs.csv", null);
		assertThat(again.created()).isZero();
		assertThat(again.present()).isEqualTo(2);
		assertThat(again.rows()).extracting(RowOutcome::outcome).containsOnly(RowOutcome.Outcome.PRESENT);
		assertThat(jdbc.queryForObject("select count(*) from catalogue_document where title like ?", Integer.class,
				"%" + tag)).isEqualTo(2);
		mvc.perform(get("/admin/documents/import/" + again.id()).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已处理 2 / 2 行")))
			.andExpect(content().string(containsString("已存在，未重复导入")));
	}

	@Test
	void indexNumbersMustBeUniqueInTheFileAndTheCatalogue() throws Exception {
		String seedNumber = jdbc.queryForObject(
				"select index_number from catalogue_document where document_number = '湘人社办发〔2016〕16号'", String.class);
		String csv = HEADER + "\n"
				+ "DUP-" + tag + ",甲" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-01-04,,,,,,,,\n"
				+ "DUP-" + tag + ",乙" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-01-04,,,,,,,,\n"
				+ seedNumber + ",丙" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2021-01-04,,,,,,,,\n";
		MvcResult result = upload(csv.getBytes(StandardCharsets.UTF_8), "docs.csv", null, true).andReturn();
		CheckReport report = (CheckReport) result.getModelAndView().getModel().get("report");
		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
			.containsExactly(tuple(3, "import.indexNumber.duplicate"),
					tuple(4, "import.indexNumber.elsewhere"));
	}

	@Test
	void generatedNumbersContinueAfterAnImportedOneInTheSameFormat() throws Exception {
		String csv = HEADER + "\n"
				+ "000014349/2003-00050,旧站文件" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2003-06-01,,,,,,,,\n"
				+ ",新编号文件" + tag + ",,,湖南省人力资源和社会保障厅,就业处,就业创业,,通知公告,2003-07-01,,,,,,,,\n";
		assertThat(importFile(csv.getBytes(StandardCharsets.UTF_8), "docs.csv", null).created()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select index_number from catalogue_document where title = ?", String.class,
				"新编号文件" + tag)).isEqualTo("000014349/2003-00051");
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
		String csv = "名称,点击量\n文件" + tag + ",12\n";
		MvcResult result = upload(csv.getBytes(StandardCharsets.UTF_8), "docs.csv", null, true).andReturn();
		CheckReport report = (CheckReport) result.getModelAndView().getModel().get("report");
		assertThat(report.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1))
			.extracting(ImportProblem::messageKey)
			.contains("import.header.unknown", "import.header.missing");
	}

	@Test
	void onlyTheDisclosureOfficeAndAdministratorsMayImport() throws Exception {
		mvc.perform(get("/admin/documents/import").with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/documents/import").with(Sessions.admin(mvc)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("index_number")));
	}

	private ImportJobView importFile(byte[] file, String name, byte[] zip) throws Exception {
		String location = upload(file, name, zip, false).andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/documents/import/");
		ImportJobView job = jobs.await(location.substring(location.lastIndexOf('/') + 1), Duration.ofSeconds(60));
		assertThat(job.failed()).as("failed rows: %s", job.rows()).isZero();
		return job;
	}

	private ResultActions upload(byte[] file, String name, byte[] zip, boolean dryRun) throws Exception {
		var request = multipart("/admin/documents/import").file(new MockMultipartFile("file", name, "text/csv", file));
		if (zip != null) {
			request.file(new MockMultipartFile("archive", "files.zip", "application/zip", zip));
		}
		return mvc.perform(request.param("dryRun", Boolean.toString(dryRun)).with(csrf()).with(office));
	}

	private long unitId(String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] zip(Charset names, Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
