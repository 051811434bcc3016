package org.gongkai.catalogue.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.ExemptionGround;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.ImportedDocuments.Existing;
import org.gongkai.catalogue.RichText;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.UploadedSheet;

/**
 * Checks every row of an import file before anything is written, and lists each problem with its row,
 * column and reason: missing or unknown values, bad dates, 索引号 used twice in the file or by another document
 * of the catalogue, attachments missing from the ZIP or not what their name says. A row that matches a document
 * already in the catalogue is no problem: it is reported as already present and skipped.
 */
final class ImportCheck {

	private static final Pattern HTML = Pattern.compile(
			"<\\s*/?\\s*(p|div|br|h[1-6]|table|tr|td|ul|ol|li|span|strong|b|i|em|a|font|pre|blockquote)\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");

	private final Vocabulary words;

	private final ImportedDocuments catalogue;

	private final AttachmentArchive archive;

	private final long maxAttachmentBytes;

	private final LocalDate today;

	private final ZoneId zone;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<String, Integer> indexNumbersSeen = new HashMap<>();

	private final Map<String, Integer> documentsSeen = new HashMap<>();

	ImportCheck(Vocabulary words, ImportedDocuments catalogue, AttachmentArchive archive, long maxAttachmentBytes,
			LocalDate today, ZoneId zone) {
		this.words = words;
		this.catalogue = catalogue;
		this.archive = archive;
		this.maxAttachmentBytes = maxAttachmentBytes;
		this.today = today;
		this.zone = zone;
	}

	CheckReport check(List<UploadedSheet.Line> lines) {
		if (lines.isEmpty()) {
			return rejected(ImportProblem.at(null, null, "import.file.empty"));
		}
		Map<Column, Integer> columns = header(lines.get(0));
		if (!problems.isEmpty()) {
			return new CheckReport(List.of(), List.copyOf(problems));
		}
		if (lines.size() == 1) {
			return rejected(ImportProblem.at(null, null, "import.file.noRows"));
		}
		List<PlannedRow> rows = new ArrayList<>();
		for (UploadedSheet.Line line : lines.subList(1, lines.size())) {
			row(new RowValues(line, columns, problems)).ifPresent(rows::add);
		}
		return problems.isEmpty() ? new CheckReport(rows, List.of()) : new CheckReport(List.of(), List.copyOf(problems));
	}

	private CheckReport rejected(ImportProblem problem) {
		return new CheckReport(List.of(), List.of(problem));
	}

	private Map<Column, Integer> header(UploadedSheet.Line header) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < header.cells().size(); i++) {
			String name = header.cells().get(i);
			if (name == null || name.isBlank()) {
				continue;
			}
			Optional<Column> column = Column.named(name);
			if (column.isEmpty()) {
				problems.add(ImportProblem.at(header.line(), null, "import.header.unknown", name.strip()));
			}
			else if (columns.putIfAbsent(column.get(), i) != null) {
				problems.add(ImportProblem.at(header.line(), column.get(), "import.header.duplicate", name.strip()));
			}
		}
		for (Column column : Column.values()) {
			if (column.required() && !columns.containsKey(column)) {
				problems.add(ImportProblem.at(header.line(), column, "import.header.missing", column.chineseName(),
						column.englishName()));
			}
		}
		return columns;
	}

	private Optional<PlannedRow> row(RowValues row) {
		int before = problems.size();
		String title = row.required(Column.TITLE, 300);
		String indexNumber = row.optional(Column.INDEX_NUMBER, 60);
		String summary = row.optional(Column.SUMMARY, 2000);
		String documentNumber = row.optional(Column.DOCUMENT_NUMBER, 100);
		String issuingBody = row.required(Column.ISSUING_BODY, 200);
		String keywords = row.optional(Column.KEYWORDS, 300);
		Long unit = row.known(Column.UNIT, words::unit, "import.unit.unknown");
		Long category = row.known(Column.CATEGORY, words::category, "import.category.unknown");
		String type = row.known(Column.DOCUMENT_TYPE, words::documentType, "import.documentType.unknown");
		LocalDateTime formed = row.date(Column.FORMED_ON, true);
		LocalDateTime published = row.date(Column.PUBLISHED_ON, false);
		LocalDateTime effective = row.date(Column.EFFECTIVE_ON, false);
		LocalDateTime expires = row.date(Column.EXPIRES_ON, false);
		if (effective != null && expires != null && expires.isBefore(effective)) {
			row.problem(Column.EXPIRES_ON, "document.expires.beforeEffective");
		}
		if (published != null && published.toLocalDate().isAfter(today)) {
			row.problem(Column.PUBLISHED_ON, "import.date.future", row.get(Column.PUBLISHED_ON));
		}
		Disclosure disclosure = row.choice(Column.DISCLOSURE, words::disclosure, "import.disclosure.unknown");
		ExemptionGround ground = ground(row, disclosure);
		Validity validity = row.choice(Column.VALIDITY, words::validity, "import.validity.unknown");
		String body = body(row);
		List<String> attachments = attachments(row);
		if (problems.size() > before) {
			return Optional.empty();
		}
		LocalDate formedOn = formed.toLocalDate();
		DocumentMetadata metadata = new DocumentMetadata(title, summary, documentNumber, issuingBody, unit, category,
				keywords, type, formedOn, dateOnly(effective), dateOnly(expires), disclosure, ground, body);
		Existing existing = existing(row, indexNumber, documentNumber, title, formedOn);
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new PlannedRow(row.line(), indexNumber, metadata,
				(published == null ? formed : published).atZone(zone).toInstant(), validity,
				validity == Validity.VALID ? null : dateOnly(expires), attachments, existing));
	}

	/** The catalogue document the row matches; a 索引号 used twice, or by a different document, is a problem. */
	private Existing existing(RowValues row, String indexNumber, String documentNumber, String title,
			LocalDate formedOn) {
		if (indexNumber != null) {
			Integer first = indexNumbersSeen.putIfAbsent(indexNumber, row.line());
			if (first != null) {
				row.problem(Column.INDEX_NUMBER, "import.indexNumber.duplicate", indexNumber, first);
				return null;
			}
			Existing existing = catalogue.byIndexNumber(indexNumber).orElse(null);
			if (existing != null && !existing.title().equals(title)) {
				row.problem(Column.INDEX_NUMBER, "import.indexNumber.elsewhere", indexNumber, existing.title());
			}
			return existing;
		}
		String identity = (documentNumber == null ? "" : documentNumber) + "\n" + title + "\n" + formedOn;
		Integer first = documentsSeen.putIfAbsent(identity, row.line());
		if (first != null) {
			row.problem(Column.TITLE, "import.row.duplicate", first);
			return null;
		}
		return catalogue.same(documentNumber, title, formedOn).orElse(null);
	}

	private ExemptionGround ground(RowValues row, Disclosure disclosure) {
		if (disclosure == null || !disclosure.needsGround()) {
			return null;
		}
		if (row.get(Column.GROUND).isEmpty()) {
			row.problem(Column.GROUND, "document.ground.required");
			return null;
		}
		return row.choice(Column.GROUND, words::ground, "import.ground.unknown");
	}

	private String body(RowValues row) {
		String body = row.get(Column.BODY);
		if (body.length() > 500_000) {
			row.problem(Column.BODY, "import.value.tooLong", 500_000);
			return null;
		}
		return HTML.matcher(body).find() ? body : RichText.fromPlainText(body);
	}

	/** The ZIP entries of the files the row names, each present and of an accepted, matching type. */
	private List<String> attachments(RowValues row) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : LIST_SEPARATOR.split(row.get(Column.ATTACHMENTS))) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		List<String> entries = new ArrayList<>();
		for (String name : names) {
			Optional<String> entry = archive.find(name);
			if (entry.isEmpty()) {
				row.problem(Column.ATTACHMENTS, "import.attachment.missing", name);
				continue;
			}
			String fileName = entry.get().substring(entry.get().replace('\\', '/').lastIndexOf('/') + 1);
			byte[] content = archive.read(entry.get(), maxAttachmentBytes);
			catalogue.attachmentProblem(fileName, content)
				.ifPresentOrElse(v -> row.problem(Column.ATTACHMENTS, v.messageKey(), v.arguments()),
						() -> entries.add(entry.get()));
		}
		return entries;
	}

	private static LocalDate dateOnly(LocalDateTime at) {
		return at == null ? null : at.toLocalDate();
	}

}
