package org.gongkai.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real records of the demo data to fill a route's path variables with, and the unit that owns them: the answer
 * to a unit-scoped route depends on whose record it is. A route whose record the demo data lacks gets an id that
 * does not exist (the request then answers 404 to those allowed, which still shows they were let in).
 */
final class Targets {

	static final String NONE = "987654321";

	/** Path variables of one route and the unit owning the record they name ({@code null}: no unit). */
	record Target(Map<String, String> values, Long unit) {

	}

	private final JdbcTemplate jdbc;

	Targets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Target of(Endpoints.Endpoint endpoint) {
		String p = endpoint.pattern();
		Map<String, String> values = new HashMap<>();
		endpoint.variables().forEach(v -> values.put(v, NONE));
		Long unit = null;
		if (p.contains("/documents/attachments/")) {
			unit = fill(values, "select a.id attachmentId, d.unit_id unit from catalogue_attachment a "
					+ "join catalogue_document d on d.id = a.document_id order by a.id");
		}
		else if (p.contains("/documents/revisions/") || p.contains("{revisionId")) {
			unit = fill(values, "select r.id revisionId, d.id id, d.unit_id unit from catalogue_revision r "
					+ "join catalogue_document d on d.id = r.document_id order by r.id");
		}
		else if (p.contains("/documents/{id}") && p.contains("{attachmentId")) {
			unit = fill(values, "select a.id attachmentId, d.id id, d.unit_id unit from catalogue_attachment a "
					+ "join catalogue_document d on d.id = a.document_id order by a.id");
		}
		else if (p.contains("/documents/{id")) {
			unit = fill(values, "select id, unit_id unit from catalogue_document order by id");
		}
		else if (p.contains("/consultations/comments/{commentId")) {
			unit = fill(values, "select m.id commentId, c.unit_id unit from consultation_comment m "
					+ "join consultation c on c.id = m.consultation_id order by m.id");
		}
		else if (p.contains("/consultations/{id") && p.contains("{fileId")) {
			unit = fill(values, "select f.id fileId, c.id id, c.unit_id unit from consultation_file f "
					+ "join consultation c on c.id = f.consultation_id order by f.id");
		}
		else if (p.contains("/consultations/{id") && p.contains("{groupId")) {
			unit = fill(values, "select g.id groupId, c.id id, c.unit_id unit from consultation_opinion_group g "
					+ "join consultation c on c.id = g.consultation_id order by g.id");
		}
		else if (p.contains("/consultations/{id")) {
			unit = fill(values, "select id, unit_id unit from consultation order by id");
		}
		else if (p.contains("/decisions/evidence/{evidenceId}") || p.contains("{evidenceId}")) {
			unit = fill(values, "select e.id evidenceId, r.id id, r.unit_id unit from decision_evidence e "
					+ "join decision_step s on s.id = e.step_id join decision_record r on r.id = s.decision_id "
					+ "order by e.id");
		}
		else if (p.contains("/decisions/{id}")) {
			unit = fill(values, "select id, unit_id unit from decision_record order by id");
		}
		else if (p.contains("/requests/by-number/")) {
			unit = fill(values, "select r.tracking_number trackingNumber, min(u.unit_id) unit "
					+ "from disclosure_request r join request_unit u on u.request_id = r.id group by r.tracking_number "
					+ "having count(*) = 1 order by r.tracking_number");
		}
		else if (p.contains("/requests/letter-templates/")) {
			fill(values, "select code from letter_template order by sort_order");
		}
		else if (p.contains("/requests/{id")) {
			unit = fill(values, requestChild(p));
		}
		else if (p.contains("/interpretations/tasks/{id}")) {
			unit = fill(values, "select id, unit_id unit from interpretation_task order by id");
		}
		else if (p.contains("/powers/{code}") && p.contains("{id}")) {
			unit = fill(values, "select i.code, m.id id, i.handling_unit_id unit from power_intermediary m "
					+ "join power_item i on i.id = m.item_id order by m.id");
		}
		else if (p.contains("/powers/{code}")) {
			unit = fill(values, "select code, handling_unit_id unit from power_item order by id");
		}
		else if (p.contains("/approvals/{number}")) {
			unit = fill(values, "select case_number number, handling_unit_id unit from approval_case "
					+ "where state = 'UNDER_REVIEW' and suspended = false order by id");
			values.put("step", "suspend");
		}
		else if (p.contains("/services/{code}")) {
			unit = fill(values, "select code, unit_id unit from service_guide g where unit_id = "
					+ "(select id from unit where code = 'employment') order by id");
			values.replace("n", "1");
			values.replace("kind", "blank");
		}
		else if (p.contains("/publicity/{id}")) {
			unit = fill(values, "select id, unit_id unit from publicity_record where unit_id = "
					+ "(select id from unit where code = 'employment') order by id");
		}
		else if (p.contains("/publicity/counts/{year}")) {
			values.put("year", "2026");
		}
		else if (p.contains("/units/{id}")) {
			unit = fill(values, "select id, id unit from unit where kind = 'DIVISION' order by id");
		}
		else if (p.contains("/users/{id}")) {
			unit = fill(values, "select s.id, s.unit_id unit from staff_account s join unit u on u.id = s.unit_id "
					+ "where u.kind = 'DIVISION' and s.username not like 'mx-%' order by s.id");
		}
		else if (p.contains("/categories/{id}")) {
			fill(values, "select id from catalogue_category order by id");
		}
		else if (p.contains("/calendar/days/{date}")) {
			values.put("date", "2026-10-01");
		}
		else if (p.contains("/mail/{id}")) {
			fill(values, "select id from outgoing_mail order by id");
		}
		values.replaceAll((name, value) -> name.equals("slug") || name.equals("procedure") ? "PUBLIC_PARTICIPATION"
				: value);
		return new Target(Map.copyOf(values), unit);
	}

	/** A request (handled by one unit only) with the child record the route names, if it has one. */
	private static String requestChild(String p) {
		String unit = "(select min(unit_id) from request_unit u where u.request_id = %s) unit";
		String single = "(select count(*) from request_unit u where u.request_id = %s) = 1";
		for (String[] child : List.of(new String[] { "itemId", "request_item" },
				new String[] { "stopId", "request_clock_stop" }, new String[] { "appealId", "request_appeal" },
				new String[] { "attachmentId", "request_attachment" })) {
			if (p.contains("{" + child[0])) {
				return "select c.id " + child[0] + ", c.request_id id, " + unit.formatted("c.request_id") + " from "
						+ child[1] + " c where " + single.formatted("c.request_id") + " order by c.id";
			}
		}
		return "select r.id, " + unit.formatted("r.id") + " from disclosure_request r where "
				+ single.formatted("r.id") + " order by r.id";
	}

	/** Puts the first row's columns into {@code values} (by variable name) and answers its unit column. */
	private Long fill(Map<String, String> values, String sql) {
		List<Map<String, Object>> rows = jdbc.queryForList(sql + " limit 1");
		if (rows.isEmpty()) {
			return null;
		}
		Long unit = null;
		for (Map.Entry<String, Object> column : rows.get(0).entrySet()) {
			if (column.getKey().equalsIgnoreCase("unit")) {
				unit = ((Number) column.getValue()).longValue();
			}
			else {
				String name = values.keySet()
					.stream()
					.filter(v -> v.equalsIgnoreCase(column.getKey()))
					.findFirst()
					.orElse(null);
				if (name != null) {
					values.put(name, String.valueOf(column.getValue()));
				}
			}
		}
		return unit;
	}

}
