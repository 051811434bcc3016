package org.gongkai.publicity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The lists' conditions as JPA criteria with bound values: no query text is ever built from input. */
final class PublicitySpecs {

	private PublicitySpecs() {
	}

	/** Published records of a kind matching the public filter. */
	static Specification<PublicityRecord> published(PublicityKind kind, PublicFilter f) {
		return (root, query, cb) -> {
			Predicate p = cb.and(cb.equal(root.get("kind"), kind),
					cb.equal(root.get("status"), RecordStatus.PUBLISHED));
			if (f.year() != null) {
				p = cb.and(p, cb.greaterThanOrEqualTo(root.get("decidedOn"), LocalDate.of(f.year(), 1, 1)),
						cb.lessThan(root.get("decidedOn"), LocalDate.of(f.year() + 1, 1, 1)));
			}
			if (f.item() != null && !f.item().isBlank()) {
				p = cb.and(p, cb.equal(root.get("powerCode"), f.item().strip()));
			}
			if (f.body() != null && !f.body().isBlank()) {
				p = cb.and(p, cb.equal(root.get("authority"), f.body().strip()));
			}
			if (f.q() != null && !f.q().isBlank()) {
				String like = like(f.q());
				// A natural person's name and code are not searched: only organisations' (see PublicFilter).
				Predicate organisation = cb.and(cb.isFalse(root.get("naturalPerson")),
						cb.or(cb.like(cb.lower(root.get("partyName")), like, '\\'),
								cb.like(cb.lower(root.get("partyCode")), like, '\\')));
				p = cb.and(p, cb.or(cb.like(cb.lower(root.get("decisionNumber")), like, '\\'),
						cb.like(cb.lower(root.get("title")), like, '\\'), organisation));
			}
			return p;
		};
	}

	/** Records of the member's units (all units: {@code units} null) matching the console filter. */
	static Specification<PublicityRecord> staff(Collection<Long> units, StaffFilter f, LocalDate today) {
		return (root, query, cb) -> {
			Predicate p = cb.conjunction();
			if (units != null) {
				p = cb.and(p, root.get("unitId").in(units));
			}
			if (f.kind() != null) {
				p = cb.and(p, cb.equal(root.get("kind"), f.kind()));
			}
			if (f.status() != null) {
				p = cb.and(p, cb.equal(root.get("status"), f.status()));
			}
			if (f.overdue()) {
				p = cb.and(p, cb.equal(root.get("status"), RecordStatus.AWAITING),
						cb.lessThan(root.get("dueOn"), today));
			}
			if (f.q() != null && !f.q().isBlank()) {
				String like = like(f.q());
				p = cb.and(p, cb.or(cb.like(cb.lower(root.get("decisionNumber")), like, '\\'),
						cb.like(cb.lower(root.get("title")), like, '\\'),
						cb.like(cb.lower(root.get("partyName")), like, '\\')));
			}
			return p;
		};
	}

	private static String like(String q) {
		String text = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + text + "%";
	}

}
