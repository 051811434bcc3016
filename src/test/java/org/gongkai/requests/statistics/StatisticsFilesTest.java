package org.gongkai.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The statistics downloads never hand a spreadsheet a formula: a unit named like one is written as text, while
 * numbers (a negative one too) stay numbers.
 */
class StatisticsFilesTest {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"就业处\")";

	private final List<ReportSheet> tables = List.of(ReportSheet.of("B", "@标题")
		.headerRow("单位", "在办", null)
		.row(FORMULA, 3, -2)
		.row("\r-1+1", 0, 1));

	@Test
	void theWorkbookHasTextCellsForFormulaLikeTextAndNumericCellsForNumbers() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(StatisticsFiles.xlsxBytes(tables)))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("'@标题");
			Row row = workbook.getSheetAt(0).getRow(2);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + FORMULA);
			assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-2);
			assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("'\r-1+1");
		}
	}

	@Test
	void theCsvQuotesFormulaLikeTextAndLeavesNumbersAlone() {
		String csv = new String(StatisticsFiles.csvBytes(tables), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"就业处\"\")\",3,-2")
			.contains("'@标题")
			.doesNotContain(",=");
	}

}
