package org.gongkai.powers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.catalogue.DocumentSearch;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.SafeCsvPrinter;
import org.gongkai.common.SpreadsheetCells;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the list in the import's format (same headers, same cell texts), so that an export imported again
 * changes nothing: each item with its latest status event. Items are read a page at a time; every cell goes through
 * {@link SpreadsheetCells}, so no text becomes a formula.
 */
@Service
@Transactional(readOnly = true)
public class PowerExport {

	private static final int PAGE = 100;

	private final PowerItemRepository items;

	private final DocumentSearch documents;

	private final UnitManagement units;

	PowerExport(PowerItemRepository items, DocumentSearch documents, UnitManagement units) {
		this.items = items;
		this.documents = documents;
		this.units = units;
	}

	/** CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese. */
	public byte[] csv(Me me) {
		PowerPermissions.requireSee(me);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				SafeCsvPrinter csv = new SafeCsvPrinter(CSVFormat.DEFAULT.print(writer))) {
			writer.write('\uFEFF');
			csv.printRecord(PowerImport.headers());
			each(row -> print(csv, row));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public byte[] xlsx(Me me) {
		PowerPermissions.requireSee(me);
		try (SXSSFWorkbook book = new SXSSFWorkbook(PAGE)) {
			Sheet sheet = book.createSheet("权责清单");
			write(sheet.createRow(0), new ArrayList<>(PowerImport.headers()));
			int[] next = { 1 };
			each(row -> write(sheet.createRow(next[0]++), row));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			book.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void each(Consumer<List<Object>> sink) {
		Map<Long, String> unitNames = new java.util.HashMap<>();
		units.all().forEach(u -> unitNames.put(u.id(), name(u)));
		int page = 0;
		Page<PowerItem> found;
		do {
			found = items.findAll(PageRequest.of(page++, PAGE, Sort.by("code")));
			List<Long> linked = found.stream()
				.flatMap(i -> i.toDraft().basis().stream())
				.map(LegalBasis::documentId)
				.filter(java.util.Objects::nonNull)
				.toList();
			Map<Long, String> indexNumbers = new java.util.HashMap<>();
			documents.publicSummaries(linked).forEach((id, s) -> indexNumbers.put(id, index(s)));
			found.forEach(item -> sink.accept(cells(item, unitNames, indexNumbers)));
		}
		while (found.hasNext());
	}

	private static List<Object> cells(PowerItem item, Map<Long, String> unitNames, Map<Long, String> indexNumbers) {
		PowerDraft d = item.toDraft();
		StatusEventView last = item.latestEvent().map(StatusEvent::toView).orElse(null);
		List<Object> cells = new ArrayList<>();
		cells.add(item.getCode());
		cells.add(d.name());
		cells.add(PowerCells.TYPES.get(d.type()));
		cells.add(String.join("\n", d.subItems()));
		cells.add(PowerCells.basisText(d.basis(), indexNumbers));
		cells.add(d.implementingBody());
		cells.add(unitNames.get(d.handlingUnitId()));
		cells.add(d.reviewForward() ? "是" : "否");
		cells.add(d.finalApprovingBody());
		cells.add(PowerCells.dutiesText(d.responsibilities()));
		cells.add(d.accountability());
		cells.add(d.supervisionMethod());
		cells.add(d.supervisionPhone());
		cells.add(d.fees());
		cells.add(d.timeLimit());
		cells.add(last == null ? null : PowerCells.STATUSES.get(last.status()));
		cells.add(last == null ? null : last.effectiveOn().toString());
		cells.add(last == null ? null : last.reason());
		cells.add(last == null ? null : last.decidingDocument());
		return cells;
	}

	private static void print(SafeCsvPrinter csv, List<Object> row) {
		try {
			csv.printRecord(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			SpreadsheetCells.set(row.createCell(i), cells.get(i));
		}
	}

	private static String name(UnitView unit) {
		return unit.name();
	}

	private static String index(DocumentSummary summary) {
		return summary.indexNumber();
	}

}
