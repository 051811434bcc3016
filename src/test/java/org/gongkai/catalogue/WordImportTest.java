package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.gongkai.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A Word file's body as sanitised HTML, and the files that are refused, each naming the field. */
class WordImportTest {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	final WordImport words = new WordImport(new DraftingProperties("湖南省人力资源和社会保障厅", DataSize.ofMegabytes(1)));

	@Test
	void headingsListsAndTablesAreKept() throws Exception {
		WordImport.ImportedBody body = words.convert("通知.docx", DOCX, WordFiles.notice(false, null));
		assertThat(body.html()).contains("<h1>第一章 总则</h1>", "<p>为做好就业补贴发放工作，现就有关事项通知如下。</p>",
				"<ol><li>申请条件</li><li>办理流程</li></ol>", "<table>", "一次性补贴", "1000元");
		assertThat(body.imagesRemoved()).isZero();
		assertThat(body.unsafeRemoved()).isFalse();
	}

	@Test
	void picturesAndScriptLinksAreRemovedAndCounted() throws Exception {
		WordImport.ImportedBody body = words.convert("通知.docx", "application/octet-stream",
				WordFiles.notice(true, "javascript:alert(document.cookie)"));
		assertThat(body.html()).doesNotContain("<img", "javascript").contains("详情链接", "<h1>");
		assertThat(body.imagesRemoved()).isEqualTo(1);
		assertThat(body.unsafeRemoved()).isTrue();
	}

	@Test
	void anOrdinaryLinkIsKeptWithoutAWarning() throws Exception {
		WordImport.ImportedBody body = words.convert("通知.docx", DOCX, WordFiles.notice(false, "https://www.gov.cn/"));
		assertThat(body.html()).contains("href=\"https://www.gov.cn/\"");
		assertThat(body.unsafeRemoved()).isFalse();
	}

	@Test
	void aFileThatIsNotAWordDocumentIsRefusedAtItsField() throws Exception {
		assertRefused("通知.docx", DOCX, "%PDF-1.7 not a word file".getBytes(StandardCharsets.US_ASCII), "docs.word.notWord");
		assertRefused("通知.docx", DOCX, WordFiles.workbook(), "docs.word.notWord");
		assertRefused("通知.pdf", DOCX, WordFiles.notice(false, null), "docs.word.notWord");
		assertRefused("通知.docx", "text/html", WordFiles.notice(false, null), "docs.word.notWord");
		assertRefused("通知.docx", DOCX, new byte[0], "docs.word.missing");
		assertRefused(null, null, null, "docs.word.missing");
	}

	@Test
	void aFileLargerThanTheLimitIsRefused() throws Exception {
		WordImport small = new WordImport(new DraftingProperties("厅", DataSize.ofBytes(100)));
		assertThatThrownBy(() -> small.convert("通知.docx", DOCX, WordFiles.notice(false, null)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("docs.word.tooLarge");
				assertThat(ex.field()).isEqualTo(WordImport.FIELD);
			});
	}

	private void assertRefused(String name, String type, byte[] content, String key) {
		assertThatThrownBy(() -> words.convert(name, type, content)).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			assertThat(ex.field()).isEqualTo(WordImport.FIELD);
		});
	}

}
