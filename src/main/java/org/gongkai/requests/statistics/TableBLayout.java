package org.gongkai.requests.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongkai.requests.ReportRow;
import org.gongkai.requests.TableB;

/**
 * Table B laid out like the official form (国办公开办函〔2021〕30号): the heading cells of each line with their
 * spans ("三、本年度办理结果" spans all result lines, "（三）不予公开" its eight), so that the page draws the same
 * grid the annual report prints, and the flat label of each line for the downloads.
 *
 * @param opening 一 and 二
 * @param results the result lines and （七）总计, under "三、本年度办理结果"
 * @param closing 四
 */
public record TableBLayout(List<Line> opening, List<Line> results, List<Line> closing) {

	/** Groups of result rows with sub-rows, by the row label's group number. */
	private static final Map<String, String> GROUPS = Map.of("(三)", "withheld", "(四)", "unable", "(五)", "notHandled",
			"(六)", "other");

	static TableBLayout of(TableB table) {
		List<Line> results = new ArrayList<>();
		String group = null;
		for (ReportRow row : ReportRow.values()) {
			List<Cell> cells = new ArrayList<>();
			if (results.isEmpty()) {
				cells.add(new Cell("requests.stats.line.results", 1, ReportRow.values().length + 1));
			}
			String rowGroup = row.label().substring(0, 3);
			if (!GROUPS.containsKey(rowGroup)) {
				cells.add(new Cell(row.messageKey(), 2, 1));
			}
			else {
				if (!rowGroup.equals(group)) {
					long size = Arrays.stream(ReportRow.values())
						.filter(r -> r.label().startsWith(rowGroup))
						.count();
					cells.add(new Cell("requests.stats.group." + GROUPS.get(rowGroup), 1, (int) size));
				}
				cells.add(new Cell("requests.stats.row." + row.name(), 1, 1));
			}
			group = rowGroup;
			results.add(new Line(row.messageKey(), cells, table.result(row), false));
		}
		results.add(new Line("requests.stats.line.concluded",
				List.of(new Cell("requests.stats.line.concluded", 2, 1)), table.concluded(), true));
		return new TableBLayout(
				List.of(wide("requests.stats.line.received", table.received()),
						wide("requests.stats.line.carriedOver", table.carriedOver())),
				results, List.of(wide("requests.stats.line.carriedForward", table.carriedForward())));
	}

	/** Every line in the form's order. */
	public List<Line> lines() {
		List<Line> all = new ArrayList<>(opening);
		all.addAll(results);
		all.addAll(closing);
		return all;
	}

	private static Line wide(String key, TableB.Counts counts) {
		return new Line(key, List.of(new Cell(key, 3, 1)), counts, true);
	}

	/**
	 * One line of the table.
	 *
	 * @param labelKey the line's full label, for a download's single label column
	 * @param cells the heading cells the line starts with on the page (cells spanning from a line above are left out)
	 * @param emphasised a line of the form's own (一, 二, （七）总计, 四), set in bold
	 */
	public record Line(String labelKey, List<Cell> cells, TableB.Counts counts, boolean emphasised) {

	}

	/** A heading cell; {@code rowspan > 1} heads a group of lines. */
	public record Cell(String key, int colspan, int rowspan) {

		public String scope() {
			return rowspan > 1 ? "rowgroup" : "row";
		}

	}

}
