package org.gongkai.powers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.UploadedSheet;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list from CSV or XLSX (the columns of {@link PowerColumn}, by header): a row with a known code updates
 * that item, a row without code or with a new one creates an item; a status in a row is recorded unless it is the
 * item's latest event already. Every row is checked first; one bad row and nothing is written, every bad row is
 * listed with its row number and column. A dry run only checks.
 */
@Service
public class PowerImport {

	private static final List<PowerColumn> REQUIRED_HEADERS = List.of(PowerColumn.NAME, PowerColumn.TYPE,
			PowerColumn.BASIS, PowerColumn.IMPLEMENTING_BODY, PowerColumn.HANDLING_UNIT);

	private final Powers powers;

	private final PowerItemRepository items;

	private final Catalogue catalogue;

	private final UnitManagement units;

	PowerImport(Powers powers, PowerItemRepository items, Catalogue catalogue, UnitManagement units) {
		this.powers = powers;
		this.items = items;
		this.catalogue = catalogue;
		this.units = units;
	}

	/** A row that passed every check, ready to be written. */
	record Planned(int line, String code, PowerItem existing, PowerDraft draft, StatusChange change) {
	}

	@Transactional
	public ImportReport run(Me me, byte[] content, boolean dryRun) {
		PowerPermissions.requireImport(me);
		List<UploadedSheet.Line> lines = PowerFile.read(content);
		Map<PowerColumn, Integer> columns = header(lines);
		List<ImportProblem> problems = new ArrayList<>();
		List<Planned> planned = new ArrayList<>();
		Row.Context context = new Row.Context(unitsByNameOrCode(), new HashMap<>(), new HashSet<>());
		for (UploadedSheet.Line line : lines.subList(1, lines.size())) {
			plan(new Row(line, columns), context, problems).ifPresent(planned::add);
		}
		int created = (int) planned.stream().filter(p -> p.existing() == null).count();
		int changes = (int) planned.stream().filter(p -> p.change() != null).count();
		if (!problems.isEmpty() || dryRun) {
			return new ImportReport(lines.size() - 1, created, planned.size() - created, changes, problems, false);
		}
		for (Planned row : planned) {
			apply(me, row);
		}
		return new ImportReport(lines.size() - 1, created, planned.size() - created, changes, List.of(), true);
	}

	private void apply(Me me, Planned row) {
		if (row.existing() == null) {
			powers.create(me, row.code(), row.draft(), row.change());
			return;
		}
		powers.revise(me, row.code(), row.draft());
		if (row.change() != null) {
			powers.recordStatus(me, row.code(), row.change());
		}
	}

	private Optional<Planned> plan(Row row, Row.Context context, List<ImportProblem> problems) {
		int before = problems.size();
		PowerDraft draft = row.draft(context, this::documentId, problems);
		String code = row.text(PowerColumn.CODE);
		PowerItem existing = code == null ? null : items.findByCode(code).orElse(null);
		if (code != null && !context.codes().add(code)) {
			problems.add(row.problem(PowerColumn.CODE, "powers.import.code.duplicate", code));
		}
		else if (code != null && existing == null && draft.type() != null
				&& !powers.codeRule().fits(code, draft.type())) {
			problems.add(row.problem(PowerColumn.CODE, "powers.code.rule", powers.codeRule().code(draft.type(), 1)));
		}
		else if (existing != null && draft.type() != null && existing.getType() != draft.type()
				&& !powers.codeRule().fits(code, draft.type())) {
			problems.add(row.problem(PowerColumn.TYPE, "powers.type.codeMismatch", code));
		}
		Set<String> named = new HashSet<>();
		problems.subList(before, problems.size()).forEach(p -> named.add(p.column()));
		for (FieldProblem p : powers.problems(draft)) {
			ImportProblem problem = row.problem(PowerColumn.ofField(p.field()), p.messageKey(), p.arguments());
			if (!named.contains(problem.column())) {
				problems.add(problem);
			}
		}
		StatusChange change = change(row, existing, problems);
		return problems.size() == before ? Optional.of(new Planned(row.line(), code, existing, draft, change))
				: Optional.empty();
	}

	/** The row's status change: required for a new item; none when it repeats the item's latest event. */
	private StatusChange change(Row row, PowerItem existing, List<ImportProblem> problems) {
		String status = row.text(PowerColumn.STATUS);
		if (status == null) {
			if (existing == null) {
				problems.add(row.problem(PowerColumn.STATUS, "powers.import.status.required"));
			}
			return null;
		}
		Optional<PowerStatus> parsed = PowerCells.status(status);
		if (parsed.isEmpty()) {
			problems.add(row.problem(PowerColumn.STATUS, "powers.import.status.unknown", status));
			return null;
		}
		LocalDate day = date(row, problems);
		if (day == null) {
			return null;
		}
		StatusChange change = new StatusChange(parsed.get(), day, row.text(PowerColumn.REASON),
				row.text(PowerColumn.DECIDING_DOCUMENT));
		Optional<StatusEventView> latest = existing == null ? Optional.empty()
				: existing.latestEvent().map(StatusEvent::toView);
		if (latest.isPresent() && latest.get().status() == change.status()
				&& latest.get().effectiveOn().equals(change.effectiveOn())) {
			return null;
		}
		try {
			StatusTransitions.check(latest, change);
			return change;
		}
		catch (RuleViolation ex) {
			problems.add(row.problem(PowerColumn.ofField(ex.field()), ex.messageKey(), ex.arguments()));
			return null;
		}
	}

	private static LocalDate date(Row row, List<ImportProblem> problems) {
		String text = row.text(PowerColumn.EFFECTIVE_ON);
		if (text == null) {
			problems.add(row.problem(PowerColumn.EFFECTIVE_ON, "powers.status.effectiveOn.required"));
			return null;
		}
		try {
			String[] parts = text.replace('/', '-').replace('.', '-').split("-");
			return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		}
		catch (RuntimeException ex) {
			problems.add(row.problem(PowerColumn.EFFECTIVE_ON, "powers.import.date", text));
			return null;
		}
	}

	private Optional<Long> documentId(String indexNumber) {
		return catalogue.publicByIndexNumber(indexNumber).map(DocumentView::id);
	}

	private Map<String, Long> unitsByNameOrCode() {
		Map<String, Long> byName = new HashMap<>();
		for (UnitView unit : units.active()) {
			byName.put(unit.name(), unit.id());
			if (unit.code() != null) {
				byName.put(unit.code(), unit.id());
			}
		}
		return byName;
	}

	private static Map<PowerColumn, Integer> header(List<UploadedSheet.Line> lines) {
		if (lines.isEmpty()) {
			throw new ImportRejected("powers.import.file.empty");
		}
		Map<PowerColumn, Integer> columns = new EnumMap<>(PowerColumn.class);
		List<String> cells = lines.get(0).cells();
		for (int i = 0; i < cells.size(); i++) {
			for (PowerColumn column : PowerColumn.values()) {
				if (column.header().equals(cells.get(i) == null ? null : cells.get(i).strip())) {
					columns.put(column, i);
				}
			}
		}
		List<String> missing = REQUIRED_HEADERS.stream().filter(c -> !columns.containsKey(c)).map(PowerColumn::header)
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportRejected("powers.import.file.header", String.join("、", missing));
		}
		if (lines.size() == 1) {
			throw new ImportRejected("powers.import.file.noRows");
		}
		return columns;
	}

	static Set<String> headers() {
		Set<String> headers = new java.util.LinkedHashSet<>();
		for (PowerColumn column : PowerColumn.values()) {
			headers.add(column.header());
		}
		return headers;
	}

}
