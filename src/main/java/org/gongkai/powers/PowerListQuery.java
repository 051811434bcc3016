package org.gongkai.powers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The list as of a day, in the database: each item joined to its latest status event effective on or before the
 * day (no later one up to the day exists), filtered and paged there, never by loading the items. Conditions are
 * fixed fragments with bound parameters; only the ones asked for are added.
 */
@Component
class PowerListQuery {

	private static final String FROM = " from StatusEvent e join e.item i where e.effectiveOn <= :day"
			+ " and not exists (select 1 from StatusEvent later where later.item = e.item"
			+ " and later.effectiveOn > e.effectiveOn and later.effectiveOn <= :day)";

	@PersistenceContext
	private EntityManager entityManager;

	Page<PowerRow> page(PowerFilter filter, LocalDate day, int page, int size) {
		String where = conditions(filter);
		TypedQuery<PowerRow> rows = entityManager.createQuery("select new org.gongkai.powers.PowerRow(i.code, i.name,"
				+ " i.type, e.status, e.effectiveOn, i.handlingUnitId, i.implementingBody, i.reviewForward)" + FROM
				+ where + " order by i.code", PowerRow.class);
		TypedQuery<Long> count = entityManager.createQuery("select count(e)" + FROM + where, Long.class);
		bind(rows, filter, day);
		bind(count, filter, day);
		List<PowerRow> content = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
		return new PageImpl<>(content, PageRequest.of(page, size), count.getSingleResult());
	}

	private static String conditions(PowerFilter filter) {
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
			where.append(" and (lower(i.name) like :q escape '\\' or lower(i.code) like :q escape '\\')");
		}
		return where.toString();
	}

	private static void bind(TypedQuery<?> query, PowerFilter filter, LocalDate day) {
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
	}

	private static boolean hasQuery(PowerFilter filter) {
		return filter.query() != null && !filter.query().isBlank();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
