package org.gongkai.powers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.gongkai.common.UploadedSheet;

/** One data row of an import file, read by column into a draft; each cell that cannot be read is a problem. */
final class Row {

	private final UploadedSheet.Line line;

	private final Map<PowerColumn, Integer> columns;

	/** What the rows of one file share: units by name or code, documents by index number, codes seen so far. */
	record Context(Map<String, Long> units, Map<String, Optional<Long>> documents, Set<String> codes) {
	}

	Row(UploadedSheet.Line line, Map<PowerColumn, Integer> columns) {
		this.line = line;
		this.columns = columns;
	}

	int line() {
		return line.line();
	}

	/** The cell's text, {@code null} when blank or when the file has no such column. */
	String text(PowerColumn column) {
		Integer index = columns.get(column);
		if (index == null || index >= line.cells().size()) {
			return null;
		}
		String cell = line.cells().get(index);
		return cell == null || cell.isBlank() ? null : cell.strip();
	}

	ImportProblem problem(PowerColumn column, String key, Object... arguments) {
		return new ImportProblem(line.line(), column.header(), key, arguments);
	}

	PowerDraft draft(Context context, Function<String, Optional<Long>> documentOf, List<ImportProblem> problems) {
		PowerType type = null;
		if (text(PowerColumn.TYPE) != null) {
			type = PowerCells.type(text(PowerColumn.TYPE)).orElse(null);
			if (type == null) {
				problems.add(problem(PowerColumn.TYPE, "powers.import.type.unknown", text(PowerColumn.TYPE)));
			}
		}
		Long unit = null;
		if (text(PowerColumn.HANDLING_UNIT) != null) {
			unit = context.units().get(text(PowerColumn.HANDLING_UNIT));
			if (unit == null) {
				problems.add(problem(PowerColumn.HANDLING_UNIT, "powers.import.unit.unknown",
						text(PowerColumn.HANDLING_UNIT)));
			}
		}
		boolean forward = PowerCells.yesNo(text(PowerColumn.REVIEW_FORWARD)).orElseGet(() -> {
			problems.add(problem(PowerColumn.REVIEW_FORWARD, "powers.import.yesNo", text(PowerColumn.REVIEW_FORWARD)));
			return false;
		});
		return new PowerDraft(text(PowerColumn.NAME), type, PowerCells.lines(text(PowerColumn.SUB_ITEMS)),
				basis(context, documentOf, problems), text(PowerColumn.IMPLEMENTING_BODY), unit, forward,
				text(PowerColumn.FINAL_APPROVING_BODY), duties(problems), text(PowerColumn.ACCOUNTABILITY),
				text(PowerColumn.SUPERVISION_METHOD), text(PowerColumn.SUPERVISION_PHONE), text(PowerColumn.FEES),
				text(PowerColumn.TIME_LIMIT));
	}

	private List<LegalBasis> basis(Context context, Function<String, Optional<Long>> documentOf,
			List<ImportProblem> problems) {
		List<Integer> bad = new ArrayList<>();
		List<LegalBasis> basis = new ArrayList<>();
		for (PowerCells.BasisLine b : PowerCells.basis(text(PowerColumn.BASIS), bad)) {
			Long documentId = null;
			if (b.indexNumber() != null) {
				documentId = context.documents().computeIfAbsent(b.indexNumber(), documentOf).orElse(null);
				if (documentId == null) {
					problems.add(problem(PowerColumn.BASIS, "powers.basis.indexUnknown", b.indexNumber()));
				}
			}
			basis.add(new LegalBasis(b.lawName(), b.article(), documentId));
		}
		bad.forEach(n -> problems.add(problem(PowerColumn.BASIS, "powers.basis.line", n)));
		return basis;
	}

	private List<Responsibility> duties(List<ImportProblem> problems) {
		List<Integer> bad = new ArrayList<>();
		List<Responsibility> duties = PowerCells.duties(text(PowerColumn.RESPONSIBILITIES), bad);
		bad.forEach(n -> problems.add(problem(PowerColumn.RESPONSIBILITIES, "powers.duty.line", n)));
		return duties;
	}

}
