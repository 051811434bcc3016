package org.gongkai.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timeliness of proactive disclosure (DOMAIN.md §4): a document is due 20 working days after the date it was
 * formed. Per unit: drafts overdue, drafts due within 5 working days, and documents published late (by how
 * many working days). The yearly assessment of units uses these figures.
 */
@Service
@Transactional(readOnly = true)
public class Timeliness {

	static final int DUE_SOON_WORKING_DAYS = 5;

	private final DocumentRepository documents;

	private final WorkingDays workingDays;

	private final UnitManagement units;

	private final CatalogueProperties properties;

	private final Clock clock;

	Timeliness(DocumentRepository documents, WorkingDays workingDays, UnitManagement units,
			CatalogueProperties properties, Clock clock) {
		this.documents = documents;
		this.workingDays = workingDays;
		this.units = units;
		this.properties = properties;
		this.clock = clock;
	}

	/** One unit's figures. */
	public record UnitFigures(long unitId, String unitName, int overdue, int dueSoon, int publishedLate,
			int workingDaysLate) {
	}

	/** A document that is overdue, due soon or was published late. */
	public record Item(long documentId, String title, String unitName, LocalDate formedOn, LocalDate dueOn,
			LocalDate publishedOn, Kind kind, int workingDays) {
	}

	public enum Kind {

		OVERDUE, DUE_SOON, PUBLISHED_LATE

	}

	public record Report(LocalDate since, LocalDate today, List<UnitFigures> units, List<Item> items) {
	}

	/** Proactive documents formed since {@code since}, as {@code me} may see them (the office: every unit). */
	public Report report(Me me, LocalDate since) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, String> unitNames = new LinkedHashMap<>();
		units.all().forEach(u -> unitNames.put(u.id(), u.name()));
		Map<LocalDate, LocalDate> dueByFormed = new HashMap<>();
		List<Item> items = new ArrayList<>();
		for (Document d : documents.findProactiveFormedSince(since)) {
			if (!UnitScope.covers(me, d.getUnitId())) {
				continue;
			}
			LocalDate due = dueByFormed.computeIfAbsent(d.getFormedOn(),
					formed -> workingDays.dueDate(formed, properties.publishWithinWorkingDays()).dueDate());
			Item item = classify(d, due, today, unitNames.getOrDefault(d.getUnitId(), "?"));
			if (item != null) {
				items.add(item);
			}
		}
		items.sort(Comparator.comparing(Item::kind).thenComparing(Item::dueOn));
		return new Report(since, today, figures(items, unitNames, me), items);
	}

	private Item classify(Document d, LocalDate due, LocalDate today, String unitName) {
		if (d.getPublishedAt() != null) {
			LocalDate published = d.getPublishedAt().atZone(Document.CHINA).toLocalDate();
			int late = workingDays.workingDaysBetween(due, published);
			return late > 0 ? new Item(d.getId(), d.getTitle(), unitName, d.getFormedOn(), due, published,
					Kind.PUBLISHED_LATE, late) : null;
		}
		if (today.isAfter(due)) {
			return new Item(d.getId(), d.getTitle(), unitName, d.getFormedOn(), due, null, Kind.OVERDUE,
					workingDays.workingDaysBetween(due, today));
		}
		int left = workingDays.workingDaysBetween(today, due);
		return left <= DUE_SOON_WORKING_DAYS
				? new Item(d.getId(), d.getTitle(), unitName, d.getFormedOn(), due, null, Kind.DUE_SOON, left) : null;
	}

	private static List<UnitFigures> figures(List<Item> items, Map<Long, String> unitNames, Me me) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (Map.Entry<Long, String> unit : unitNames.entrySet()) {
			if (UnitScope.covers(me, unit.getKey())) {
				counts.put(unit.getValue(), new int[4]);
			}
		}
		for (Item item : items) {
			int[] c = counts.computeIfAbsent(item.unitName(), name -> new int[4]);
			c[item.kind().ordinal()]++;
			if (item.kind() == Kind.PUBLISHED_LATE) {
				c[3] += item.workingDays();
			}
		}
		List<UnitFigures> result = new ArrayList<>();
		unitNames.forEach((id, name) -> {
			int[] c = counts.get(name);
			if (c != null) {
				result.add(new UnitFigures(id, name, c[0], c[1], c[2], c[3]));
			}
		});
		return result;
	}


}
