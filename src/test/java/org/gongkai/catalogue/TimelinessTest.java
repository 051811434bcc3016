package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.catalogue.Timeliness.Item;
import org.gongkai.catalogue.Timeliness.Kind;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Timeliness on the real calendar, today being 2026-11-27 (a Friday): due = formed + 20 working days.
 */
@GongkaiTest
class TimelinessTest {

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Timeliness timeliness;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void overdueDueSoonAndLatePublicationAreCountedInWorkingDays() {
		Me editor = staff("editor", Role.UNIT_EDITOR);
		Me office = staff("office", Role.DISCLOSURE_OFFICE);
		// formed 2026-09-21: 20 working days pass over the National Day week, due 2026-10-26; overdue by 24.
		long overdue = workflow.createDraft(editor, draft(editor, "逾期未公开的通知", LocalDate.of(2026, 9, 21)));
		// formed 2026-11-05: due 2026-12-03, 4 working days left today.
		long dueSoon = workflow.createDraft(editor, draft(editor, "即将到期的通知", LocalDate.of(2026, 11, 5)));
		// formed 2026-10-09: the make-up Saturday 10-10 counts, due 2026-11-05; published today: 16 working days late.
		long late = workflow.createDraft(editor, draft(editor, "逾期公开的通知", LocalDate.of(2026, 10, 9)));
		workflow.submit(editor, late);
		workflow.review(office, late, ReviewConclusion.DISCLOSABLE, null);
		workflow.publish(editor, late, null);

		Timeliness.Report report = timeliness.report(office, LocalDate.of(2026, 1, 1));

		assertThat(item(report, overdue)).extracting(Item::kind, Item::dueOn, Item::workingDays)
			.containsExactly(Kind.OVERDUE, LocalDate.of(2026, 10, 26), 24);
		assertThat(item(report, dueSoon)).extracting(Item::kind, Item::dueOn, Item::workingDays)
			.containsExactly(Kind.DUE_SOON, LocalDate.of(2026, 12, 3), 4);
		assertThat(item(report, late)).extracting(Item::kind, Item::dueOn, Item::workingDays)
			.containsExactly(Kind.PUBLISHED_LATE, LocalDate.of(2026, 11, 5), 16);
		assertThat(report.units()).filteredOn(u -> u.unitName().equals("就业处"))
			.singleElement()
			.satisfies(u -> {
				assertThat(u.overdue()).isGreaterThanOrEqualTo(1);
				assertThat(u.publishedLate()).isGreaterThanOrEqualTo(1);
			});
		assertThat(timeliness.report(staff("reviewer", Role.UNIT_REVIEWER), LocalDate.of(2026, 1, 1)).units())
			.as("a unit's staff see their own unit only")
			.extracting(Timeliness.UnitFigures::unitName)
			.containsExactly("专技处");
	}

	private static Item item(Timeliness.Report report, long id) {
		return report.items().stream().filter(i -> i.documentId() == id).findFirst().orElseThrow();
	}

	private DocumentMetadata draft(Me me, String title, LocalDate formed) {
		long category = jdbc.queryForObject("select id from catalogue_category where code = 'employment'", Long.class);
		return new DocumentMetadata(title, "", "", "湖南省人力资源和社会保障厅", me.unitId(), category, "", "通知公告",
				formed, null, null, Disclosure.PROACTIVE, null, "<p>正文</p>");
	}

	private Me staff(String username, Role role) {
		var row = jdbc.queryForMap("select s.id, s.display_name, u.id as unit_id, u.name from staff_account s "
				+ "join unit u on u.id = s.unit_id where s.username = ?", username);
		return new Me(((Number) row.get("id")).longValue(), username, (String) row.get("display_name"),
				((Number) row.get("unit_id")).longValue(), (String) row.get("name"), EnumSet.of(role));
	}

}
