package org.gongkai.publicity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.UploadedSheet;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of decisions of one kind from a table (CSV in UTF-8 or GBK, or XLSX; {@link UploadedSheet}), columns found
 * by their Chinese header in any order ({@link ImportColumns}). Every row is checked as a form would be, plus its
 * unit's permission and decision numbers repeated in the file; one bad row and nothing is imported, every bad row is
 * listed with its field.
 */
@Service
@Transactional
public class PublicityImport {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

	private final Publicity publicity;

	private final PublicityProperties properties;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	PublicityImport(Publicity publicity, PublicityProperties properties, MessageSource messages,
			ApplicationEventPublisher events) {
		this.publicity = publicity;
		this.properties = properties;
		this.messages = messages;
		this.events = events;
	}

	/** A bad cell or row: the file's row number, the field and what is wrong. */
	public record Problem(int row, String field, String messageKey, Object... arguments) {
	}

	/** What an import did: the rows read, those imported (0 unless all were good) and every problem. */
	public record Report(int rows, int imported, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	public Report run(Me me, PublicityKind kind, byte[] content, boolean dryRun) {
		PublicityPermissions.requireSee(me);
		List<UploadedSheet.Line> lines;
		try {
			lines = UploadedSheet.read(content, properties.maxImportRows());
		}
		catch (UploadedSheet.Unreadable ex) {
			throw new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
					"publicity.import.unreadable." + ex.problem().name(), "file");
		}
		if (lines.isEmpty()) {
			throw new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "publicity.import.unreadable.EMPTY", "file");
		}
		Map<String, Integer> header = ImportColumns.header(lines.get(0).cells());
		List<String> missing = ImportColumns.missing(kind, header);
		if (!missing.isEmpty()) {
			throw new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "publicity.import.missingColumns", "file",
					String.join("、", missing));
		}
		List<Problem> problems = new ArrayList<>();
		List<PublicityDraft> drafts = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (UploadedSheet.Line line : lines.subList(1, lines.size())) {
			PublicityDraft draft = draft(kind, line, header, problems);
			if (draft == null) {
				continue;
			}
			publicity.problems(draft)
				.forEach(p -> problems.add(new Problem(line.line(), p.field(), p.messageKey(), p.arguments())));
			if (draft.decisionNumber() != null && !numbers.add(draft.decisionNumber().strip())) {
				problems.add(new Problem(line.line(), "decisionNumber", "publicity.import.repeated"));
			}
			if (!PublicityPermissions.mayHandle(me, publicity.unitOf(draft, me))) {
				problems.add(new Problem(line.line(), "powerCode", "publicity.import.otherUnit"));
			}
			drafts.add(draft);
		}
		int rows = lines.size() - 1;
		if (!problems.isEmpty() || dryRun) {
			return new Report(rows, 0, problems);
		}
		drafts.forEach(d -> publicity.register(me, d, RecordSource.IMPORT));
		events.publishEvent(AuditEvent.of("publicity.imported", "PublicityRecord", null,
				drafts.size() + " " + kind + " record(s) imported").by(me.username()));
		return new Report(rows, drafts.size(), problems);
	}

	private PublicityDraft draft(PublicityKind kind, UploadedSheet.Line line, Map<String, Integer> header,
			List<Problem> problems) {
		Map<String, String> cells = new HashMap<>();
		header.forEach((field, index) -> cells.put(field,
				index < line.cells().size() ? line.cells().get(index).strip() : ""));
		int before = problems.size();
		Boolean person = person(cells.get("naturalPerson"), line.line(), problems);
		LocalDate decided = date(cells, "decidedOn", line.line(), problems);
		LocalDate from = date(cells, "validFrom", line.line(), problems);
		LocalDate until = date(cells, "validUntil", line.line(), problems);
		PenaltyCategory category = kind == PublicityKind.PENALTY ? category(cells.get("penaltyCategory"),
				line.line(), problems) : null;
		if (problems.size() > before) {
			return null;
		}
		return new PublicityDraft(kind, cells.get("decisionNumber"), cells.get("title"), cells.get("licenceCategory"),
				category, cells.get("content"), cells.get("facts"), cells.get("basis"), cells.get("result"),
				cells.get("partyName"), person, cells.get("partyCode"), cells.get("authority"), decided, from, until,
				cells.get("powerCode"));
	}

	private static Boolean person(String cell, int row, List<Problem> problems) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		if (Set.of("自然人", "个人", "是", "natural person", "person", "yes").contains(cell.toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (Set.of("法人及非法人组织", "法人", "非法人组织", "单位", "组织", "否", "organisation", "organization", "no")
			.contains(cell.toLowerCase(Locale.ROOT))) {
			return false;
		}
		problems.add(new Problem(row, "naturalPerson", "publicity.import.partyKind", cell));
		return null;
	}

	private static LocalDate date(Map<String, String> cells, String field, int row, List<Problem> problems) {
		String cell = cells.get(field);
		if (cell == null || cell.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(cell, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		problems.add(new Problem(row, field, "publicity.import.date", cell));
		return null;
	}

	/** A category by its name in either language (警告, 罚款 ...; warning, fine ...) or its constant. */
	private PenaltyCategory category(String cell, int row, List<Problem> problems) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		for (PenaltyCategory category : PenaltyCategory.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String label = messages.getMessage(category.messageKey(), null, "", locale);
				if (cell.equalsIgnoreCase(label) || cell.equalsIgnoreCase(category.name())) {
					return category;
				}
			}
		}
		problems.add(new Problem(row, "penaltyCategory", "publicity.import.category", cell));
		return null;
	}

}
