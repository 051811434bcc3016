package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * The inbox's filters and orders as a JPA {@link Specification} over the stored clock: every value is a bound
 * parameter, every filter and order runs in the database. Working-day bounds ("due within n working days") come in
 * as dates computed with the calendar beforehand.
 */
final class InboxQueries {

	private InboxQueries() {
	}

	/**
	 * @param unitScope the only unit whose applications may be seen ({@code null}: all, the office); a handler without
	 * a unit sees none
	 * @param today overdue is due before today
	 * @param dueBefore for "due within n working days": due before this day (the (n+1)th working day from today)
	 */
	static Specification<DisclosureRequest> of(InboxFilter filter, boolean office, Long unitScope, LocalDate today,
			LocalDate dueBefore) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("status").in(statuses(filter)));
			if (!office) {
				where.add(unitScope == null ? cb.disjunction() : cb.isMember(unitScope, root.get("unitIds")));
			}
			if (filter.unitId() != null) {
				where.add(cb.isMember(filter.unitId(), root.get("unitIds")));
			}
			if (filter.overdueOnly()) {
				where.add(runningDueBefore(root, cb, today));
			}
			if (dueBefore != null) {
				where.add(runningDueBefore(root, cb, dueBefore));
			}
			if (filter.query() != null && !filter.query().isBlank()) {
				where.add(matches(root, cb, filter.query().trim()));
			}
			if (query.getResultType() != Long.class && query.getResultType() != long.class) {
				query.orderBy(order(filter.order(), root, cb));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static List<RequestStatus> statuses(InboxFilter filter) {
		if (filter.status() != null) {
			return List.of(filter.status());
		}
		return Arrays.stream(RequestStatus.values()).filter(s -> s.open() != filter.closed()).toList();
	}

	private static Predicate runningDueBefore(Root<DisclosureRequest> root, CriteriaBuilder cb, LocalDate bound) {
		Path<StoredClock> clock = root.get("clock");
		return cb.and(cb.isTrue(clock.get("running")), cb.lessThan(clock.get("dueOn"), bound));
	}

	/** Part of the tracking number (any case) or of the applicant's name, taken literally (no wildcards). */
	private static Predicate matches(Root<DisclosureRequest> root, CriteriaBuilder cb, String words) {
		return cb.or(cb.like(root.get("trackingNumber"), contains(words.toUpperCase(Locale.ROOT)), '\\'),
				cb.like(root.get("applicant").get("name"), contains(words), '\\'));
	}

	private static String contains(String words) {
		return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static List<Order> order(InboxSort sort, Root<DisclosureRequest> root, CriteriaBuilder cb) {
		List<Order> orders = new ArrayList<>();
		switch (sort) {
			case RECEIVED -> {
				orders.add(cb.desc(root.get("receivedOn")));
				orders.add(cb.desc(root.get("id")));
				return orders;
			}
			case STATUS -> orders.add(cb.asc(procedureOrder(root, cb)));
			case DUE -> {
			}
		}
		Path<StoredClock> clock = root.get("clock");
		orders.add(cb.desc(clock.get("running")));
		orders.add(cb.asc(clock.get("dueOn")));
		orders.add(cb.asc(clock.get("workingDaysLeft")));
		orders.add(cb.asc(root.get("receivedOn")));
		orders.add(cb.asc(root.get("id")));
		return orders;
	}

	/** The states in the order of {@link RequestStatus} (the procedure's), not alphabetically. */
	private static Expression<Integer> procedureOrder(Root<DisclosureRequest> root, CriteriaBuilder cb) {
		CriteriaBuilder.SimpleCase<RequestStatus, Integer> rank = cb.selectCase(root.get("status"));
		for (RequestStatus status : RequestStatus.values()) {
			rank.when(status, status.ordinal());
		}
		return rank.otherwise(RequestStatus.values().length);
	}

}
