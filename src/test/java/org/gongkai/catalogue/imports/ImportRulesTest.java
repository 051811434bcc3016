package org.gongkai.catalogue.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.gongkai.catalogue.Validity;
import org.gongkai.common.UploadedSheet;
import org.junit.jupiter.api.Test;

/** The reading rules of the import, without the application: encodings, dates, column names, corpus text. */
class ImportRulesTest {

	@Test
	void utf8WithOrWithoutBomAndGbkAreAllReadAsTheSameText() {
		String text = "名称,发布机构\n关于做好就业工作的通知,湖南省人力资源和社会保障厅\n";
		assertThat(UploadedSheet.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
		assertThat(UploadedSheet.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
		assertThat(UploadedSheet.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
	}

	@Test
	void csvRowsKeepTheirSpreadsheetNumbersAcrossBlankLinesAndMultiLineCells() {
		String csv = "名称,正文\n甲,\"第一段\n第二段\"\n\n乙,正文\n";
		assertThat(MetadataFile.read(csv.getBytes(StandardCharsets.UTF_8)))
			.extracting(UploadedSheet.Line::line, l -> l.cells().get(0))
			.containsExactly(tuple(1, "名称"), tuple(2, "甲"),
					tuple(4, "乙"));
	}

	@Test
	void datesAreReadInTheFormsSitesAndSpreadsheetsWrite() {
		LocalDateTime day = LocalDateTime.of(2016, 7, 18, 0, 0);
		assertThat(ImportDates.parse("2016-07-18")).contains(day);
		assertThat(ImportDates.parse("2016/7/18")).contains(day);
		assertThat(ImportDates.parse("2016.7.18")).contains(day);
		assertThat(ImportDates.parse("2016年7月18日")).contains(day);
		assertThat(ImportDates.parse("20160718")).contains(day);
		assertThat(ImportDates.parse("2016-07-18 09:30")).contains(LocalDateTime.of(2016, 7, 18, 9, 30));
		assertThat(ImportDates.parse("2016-02-30")).isEmpty();
		assertThat(ImportDates.parse("18/07/2016")).isEmpty();
		assertThat(ImportDates.parse("七月")).isEmpty();
	}

	@Test
	void columnsAreNamedInChineseOrEnglish() {
		assertThat(Column.named("索引号")).contains(Column.INDEX_NUMBER);
		assertThat(Column.named(" Index_Number ")).contains(Column.INDEX_NUMBER);
		assertThat(Column.named("*名称")).contains(Column.TITLE);
		assertThat(Column.named("\uFEFF名称")).contains(Column.TITLE);
		assertThat(Column.named("发文字号")).contains(Column.DOCUMENT_NUMBER);
		assertThat(Column.named("点击量")).isEmpty();
	}

	@Test
	void corpusMarkdownBecomesHeadingsAndParagraphsWithoutItsFrontMatter() {
		String markdown = "---\ntitle: 劳动法\nkind: 法律\n---\n\n# 劳动法\n\n1994年7月5日通过\n\n<!-- INFO END -->\n\n"
				+ "## 第一章 总则\n\n第一条 为了保护劳动者的合法权益<>，制定本法。\n";
		assertThat(CorpusText.markdownToHtml(markdown, "劳动法"))
			.isEqualTo("<p>1994年7月5日通过</p><h2>第一章 总则</h2><p>第一条 为了保护劳动者的合法权益&lt;&gt;，制定本法。</p>");
	}

	@Test
	void corpusKindsAndValidityMapToTheCatalogue() {
		assertThat(CorpusKind.of("部门规章").documentType()).isEqualTo("规章");
		assertThat(CorpusKind.of("规范性文件").documentType()).isEqualTo("行政规范性文件");
		assertThat(CorpusKind.of("法律").documentType()).isEqualTo("其他文件");
		assertThat(CorpusKind.of("行政法规").documentType()).isEqualTo("其他文件");
		assertThat(CorpusKind.validity("已废止")).isEqualTo(Validity.REPEALED);
		assertThat(CorpusKind.validity("已修改")).isEqualTo(Validity.AMENDED);
		assertThat(CorpusKind.validity("失效")).isEqualTo(Validity.EXPIRED);
		assertThat(CorpusKind.validity("有效")).isEqualTo(Validity.VALID);
	}

}
