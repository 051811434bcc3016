package org.gongkai.consultation.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentStatus;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.SensitiveWords;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Moderation in the console: the queue with flagged comments first and their words marked, approving, rejecting
 * only with a reason, replying only to those who left a contact, another unit's reviewer kept out, the XLSX export
 * with full contacts, and the office's sensitive-word list.
 */
@GongkaiTest
class ModerationConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consultations consultations;

	@Autowired
	Comments comments;

	@Autowired
	SensitiveWords words;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleFixtures fixtures;

	List<String> wordsBefore;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsoleFixtures(consultations, comments, staff, clock, jdbc);
		wordsBefore = words.list();
		List<String> list = new ArrayList<>(wordsBefore);
		list.add("刷单返利");
		words.replace(fixtures.as("office"), list);
		SignedIn.signOut();
	}

	@AfterEach
	void restore() {
		words.replace(fixtures.as("office"), wordsBefore);
		SignedIn.signOut();
	}

	@Test
	void theQueuePutsFlaggedCommentsFirstAndTheUnitsModeratorsDecide() throws Exception {
		long id = fixtures.open("审核测试办法", new CommentForm(null, "甲", "jia@example.com", true, "建议增加补贴。"),
				new CommentForm(null, null, null, false, "招人做刷单返利兼职，日结。"));
		long third = fixtures.articleId(id, "第三条");
		comments.submit(id, new CommentForm(third, "乙", null, false, "第三条的1500元建议提高到2000元。"));
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		String queue = page(get("/admin/consultations/moderation"), editor, 200);
		assertThat(queue).contains("<mark>刷单返利</mark>", "j***@example.com", "审核测试办法", "第三条");
		assertThat(queue.indexOf("招人做")).as("flagged first").isLessThan(queue.indexOf("建议增加补贴"));

		CommentView plain = find(id, "建议增加补贴");
		CommentView spam = find(id, "刷单返利");
		CommentView onThird = find(id, "2000元");
		page(post("/admin/consultations/comments/" + plain.id() + "/approve").param("version", "" + plain.version())
			.with(csrf()), Sessions.demo(mvc, "reviewer"), 403);
		page(post("/admin/consultations/comments/" + plain.id() + "/approve").param("version", "" + plain.version()),
				editor, 403);
		mvc.perform(post("/admin/consultations/comments/" + plain.id() + "/approve").param("version", "" + plain.version())
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());
		assertThat(find(id, "建议增加补贴").status()).isEqualTo(CommentStatus.APPROVED);

		String noReason = page(post("/admin/consultations/comments/" + spam.id() + "/reject")
			.param("version", "" + spam.version())
			.param("rejection", "")
			.with(csrf()), editor, 400);
		assertThat(noReason).contains("id=\"comment-" + spam.id() + "-problem\"", "请选择不予公开的理由");
		mvc.perform(post("/admin/consultations/comments/" + spam.id() + "/reject").param("version", "" + spam.version())
			.param("rejection", "ADVERTISING")
			.param("consultation", "" + id)
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());
		assertThat(find(id, "刷单返利").status()).isEqualTo(CommentStatus.REJECTED);

		String noContact = page(post("/admin/consultations/comments/" + onThird.id() + "/reply").param("reply", "谢谢")
			.param("consultation", "" + id)
			.with(csrf()), editor, 409);
		assertThat(noContact).contains("提交人没有留下联系方式");
		String emptyReply = page(post("/admin/consultations/comments/" + plain.id() + "/reply").param("reply", " ")
			.with(csrf()), editor, 400);
		assertThat(emptyReply).contains("请填写回复内容");
		mvc.perform(post("/admin/consultations/comments/" + plain.id() + "/reply").param("reply", "感谢您的建议，我们将研究吸收。")
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());

		String list = page(get("/admin/consultations/" + id + "/comments").param("status", "REJECTED"), editor, 200);
		assertThat(list).contains("含有广告或商业推广内容").doesNotContain("建议增加补贴");
		page(get("/admin/consultations/" + id + "/comments"), Sessions.demo(mvc, "reviewer"), 403);
	}

	@Test
	void theExportHoldsEveryCommentWithItsFullContactInChinese() throws Exception {
		long id = fixtures.open("导出测试办法", new CommentForm(null, "张三", "zhangsan@example.com", true, "=HYPERLINK(\"http://evil.example/\",\"建议增加补贴\")"));
		long third = fixtures.articleId(id, "第三条");
		comments.submit(id, new CommentForm(third, null, null, false, "第三条标准偏低。"));
		page(get("/admin/consultations/" + id + "/comments.xlsx"), Sessions.demo(mvc, "reviewer"), 403);
		byte[] xlsx = mvc.perform(get("/admin/consultations/" + id + "/comments.xlsx").with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(cells(sheet.getRow(0))).containsExactly("编号", "条款", "姓名", "联系方式", "意见内容", "提交时间", "状态",
					"不予公开理由", "敏感词", "回复", "分组");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(cells(sheet.getRow(1))).contains("全文", "张三", "zhangsan@example.com", "'=HYPERLINK(\"http://evil.example/\",\"建议增加补贴\")", "待审核");
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(cells(sheet.getRow(2))).contains("第三条", "第三条标准偏低。", "待审核");
		}
	}

	@Test
	void onlyTheOfficeKeepsTheSensitiveWords() throws Exception {
		page(get("/admin/consultations/sensitive-words"), Sessions.demo(mvc, "editor"), 403);
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		assertThat(page(get("/admin/consultations/sensitive-words"), office, 200)).contains("刷单返利");
		String tooLong = page(post("/admin/consultations/sensitive-words").param("words", "代办\n" + "长".repeat(51))
			.with(csrf()), office, 400);
		assertThat(tooLong).contains("id=\"words-error\"", "敏感词不能超过50个字符");
		mvc.perform(post("/admin/consultations/sensitive-words").param("words", "代办\n\n包过\n代办\n")
			.with(csrf())
			.with(office)).andExpect(status().is3xxRedirection());
		assertThat(words.list()).containsExactly("代办", "包过");
	}

	private CommentView find(long id, String text) {
		return fixtures.comments(id).stream().filter(c -> c.body().contains(text)).findFirst().orElseThrow();
	}

	private static List<String> cells(Row row) {
		DataFormatter format = new DataFormatter();
		List<String> values = new ArrayList<>();
		row.forEach(cell -> values.add(format.formatCellValue(cell)));
		return values;
	}

	private String page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
			RequestPostProcessor who, int expected) throws Exception {
		return mvc.perform(request.with(who))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
