package org.gongkai.powers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.gongkai.search.WordMatches;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The list as of a day, in the database: each item joined to its latest status event effective on or before the
 * day (no later one up to the day exists), filtered and paged there, never by loading the items. Conditions are
 * fixed fragments with bound parameters; only the ones asked for are added. The words match the name by its Chinese
 * words in the search index ({@link WordMatches}: 派遣 finds 劳务派遣经营许可), or the code by a part of it.
 */
@Component
class PowerListQuery {

	private static final String FROM = " from StatusEvent e join e.item i where e.effectiveOn <= :day"
			+ " and not exists (select 1 from StatusEvent later where later.item = e.item"
			+ " and later.effectiveOn > e.effectiveOn and later.effectiveOn <= :day)";

	/** The entity's name in the search index. */
	private static final String INDEXED = "PowerItem";

	@PersistenceContext
	private EntityManager entityManager;

	private final WordMatches words;

	PowerListQuery(WordMatches words) {
		this.words = words;
	}

	Page<PowerRow> page(PowerFilter filter, LocalDate day, int page, int size) {
		List<Long> named = hasQuery(filter) ? words.ids(INDEXED, filter.query(), "name") : List.of();
		String where = conditions(filter, !named.isEmpty());
		TypedQuery<PowerRow> rows = entityManager.createQuery("select new org.gongkai.powers.PowerRow(i.code, i.name,"
				+ " i.type, e.status, e.effectiveOn, i.handlingUnitId, i.implementingBody, i.reviewForward)" + FROM
				+ where + " order by i.code", PowerRow.class);
		TypedQuery<Long> count = entityManager.createQuery("select count(e)" + FROM + where, Long.class);
		bind(rows, filter, day, named);
		bind(count, filter, day, named);
		List<PowerRow> content = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		return new PageImpl<>(content, PageRequest.of(page, size), count.getSingleResult());
	}

	private static String conditions(PowerFilter filter, boolean named) {
		StringBuilder where = new StringBuilder();
		if (filter.type() != null) {
			where.append(" and i.type = :type");
		}
		if (filter.unit() != null) {
			where.append(" and i.handlingUnitId = :unit");
		}
		if (filter.status() != null) {
			where.append(" and e.status = :status");
		}
		if (hasQuery(filter)) {
			where.append(named ? " and (i.id in :named or lower(i.code) like :q escape '\\')"
					: " and lower(i.code) like :q escape '\\'");
		}
		return where.toString();
	}

	private static void bind(TypedQuery<?> query, PowerFilter filter, LocalDate day, List<Long> named) {
		query.setParameter("day", day);
		if (filter.type() != null) {
			query.setParameter("type", filter.type());
		}
		if (filter.unit() != null) {
			query.setParameter("unit", filter.unit());
		}
		if (filter.status() != null) {
			query.setParameter("status", filter.status());
		}
		if (hasQuery(filter)) {
			query.setParameter("q", "%" + escape(filter.query().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (!named.isEmpty()) {
			query.setParameter("named", named);
		}
	}

	private static boolean hasQuery(PowerFilter filter) {
		return filter.query() != null && !filter.query().isBlank();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
