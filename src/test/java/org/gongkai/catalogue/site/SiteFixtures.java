package org.gongkai.catalogue.site;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Public documents for the site's tests, made the way staff make them: the disclosure office drafts for
 * 就业处 through {@link DocumentWorkflow}, a 就业处 reviewer (created through the staff API) approves, the
 * office publishes. The clock moves a minute before each publication, so that lists have a known order.
 */
public final class SiteFixtures {

	static final String REVIEWER = "site-reviewer";

	private final DocumentWorkflow workflow;

	private final Attachments attachments;

	private final JdbcTemplate jdbc;

	private final MutableClock clock;

	private final Me office;

	private final Me reviewer;

	private final long employment;

	private final MockMvc mvc;

	public SiteFixtures(DocumentWorkflow workflow, Attachments attachments, JdbcTemplate jdbc, MutableClock clock,
			MockMvc mvc) throws Exception {
		this.workflow = workflow;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
		this.mvc = mvc;
		this.employment = jdbc.queryForObject("select id from unit where code = 'employment'", Long.class);
		this.office = me("office", Role.DISCLOSURE_OFFICE);
		if (jdbc.queryForObject("select count(*) from staff_account where username = ?", Integer.class, REVIEWER) == 0) {
			mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
				.contentType("application/json")
				.content("{\"username\":\"" + REVIEWER + "\",\"displayName\":\"就业处 审查员\",\"unitId\":" + employment
						+ ",\"roles\":[\"UNIT_REVIEWER\"],\"password\":\"reviewer-pass-2026\"}"))
				.andExpect(status().isCreated());
		}
		this.reviewer = me(REVIEWER, Role.UNIT_REVIEWER);
	}

	Me office() {
		return office;
	}

	long employmentUnit() {
		return employment;
	}

	public long category(String code) {
		return jdbc.queryForObject("select id from catalogue_category where code = ?", Long.class, code);
	}

	public long publish(String title, long categoryId) {
		return publish(draft(title, categoryId, "通知公告", "<p>" + title + "的正文。</p>"));
	}

	DocumentMetadata draft(String title, long categoryId, String type, String body) {
		return new DocumentMetadata(title, title + "的内容概述", "湘人社发〔2026〕" + (title.length() + 1) + "号",
				"湖南省人力资源和社会保障厅", employment, categoryId, "就业 公开", type, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 12, 1), null, Disclosure.PROACTIVE, null, body);
	}

	long publish(DocumentMetadata metadata) {
		long id = workflow.createDraft(office, metadata);
		return review(id);
	}

	/** Drafts with one attachment, then reviews and publishes. */
	long publishWithAttachment(DocumentMetadata metadata, String fileName) throws IOException {
		long id = workflow.createDraft(office, metadata);
		attachments.attach(office, id, fileName, pdf());
		return review(id);
	}

	private long review(long id) {
		workflow.submit(office, id);
		workflow.review(reviewer, id, ReviewConclusion.DISCLOSABLE, null);
		clock.advance(Duration.ofMinutes(1));
		workflow.publish(office, id, null);
		return id;
	}

	public void repeal(long id, LocalDate since, Long successor) {
		clock.advance(Duration.ofMinutes(1));
		workflow.changeValidity(office, id, Validity.REPEALED, since, successor);
	}

	void withdraw(long id) {
		clock.advance(Duration.ofMinutes(1));
		workflow.withdraw(office, id, "测试撤回");
	}

	/** A new top-level category, added through the console as the disclosure office would. */
	long newCategory(RequestPostProcessor officeSession, String name) throws Exception {
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/categories").with(officeSession)
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("sortOrder", "900"))
			.andExpect(status().isFound());
		return category(code);
	}

	String indexNumber(long id) {
		return jdbc.queryForObject("select index_number from catalogue_document where id = ?", String.class, id);
	}

	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	private Me me(String username, Role role) {
		return jdbc.queryForObject(
				"select a.id, a.display_name, a.unit_id, u.name from staff_account a join unit u on u.id = a.unit_id "
						+ "where a.username = ?",
				(rs, n) -> new Me(rs.getLong(1), username, rs.getString(2), rs.getLong(3), rs.getString(4), Set.of(role)),
				username);
	}

}
