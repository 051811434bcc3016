package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.DecisionProcedure;
import org.gongkai.consultation.DecisionStepForm;
import org.gongkai.consultation.MajorDecisionForm;
import org.gongkai.consultation.MajorDecisions;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.interpretation.InterpretationDraft;
import org.gongkai.interpretation.InterpretationForm;
import org.gongkai.interpretation.Interpretations;
import org.gongkai.security.Endpoints.Endpoint;
import org.gongkai.services.GuideDraft;
import org.gongkai.services.HandlingKind;
import org.gongkai.services.ItemLevel;
import org.gongkai.services.MaterialFile;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServiceTheme;
import org.gongkai.publicity.PenaltyCategory;
import org.gongkai.publicity.Publicity;
import org.gongkai.publicity.PublicityDraft;
import org.gongkai.publicity.RecordSource;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A record that is not public cannot be told from one that does not exist: every public route with an id in
 * its path answers a draft (of a document, consultation, decision, interpretation, and their files) exactly as it
 * answers an id never given, status and page alike. Routes are taken from the handler mapping; a new public
 * route with an id must be added to {@link #KINDS} (or to {@link #NOTHING_PRIVATE} with the reason).
 * The staff side (another unit's records on the console and the staff API) is {@link AuthorizationMatrixTest}'s
 * own/other unit columns.
 */
@GongkaiTest
class PublicIdorTest {

	/** Which kind of unpublished record each public id-bearing route is tried with. */
	static final Map<String, String> KINDS = Map.ofEntries(Map.entry("GET /catalogue/documents/{id}", "document"),
			Map.entry("GET /catalogue/documents/{id}/print", "document"),
			Map.entry("GET /api/v1/documents/{id}", "document"),
			Map.entry("GET /catalogue/attachments/{id}", "attachment"),
			Map.entry("GET /consultations/{id}", "consultation"),
			Map.entry("GET /consultations/{id}/comments/receipt", "consultation"),
			Map.entry("GET /consultations/{id}/files/{fileId}", "consultationFile"),
			Map.entry("GET /api/v1/consultations/{id}", "consultation"),
			Map.entry("GET /decisions/{id}", "decision"), Map.entry("GET /api/v1/decisions/{id}", "decision"),
			Map.entry("GET /decisions/evidence/{evidenceId}", "evidence"),
			Map.entry("GET /interpretations/{id}", "interpretation"),
			Map.entry("GET /api/v1/interpretations/{id}", "interpretation"),
			Map.entry("GET /services/{code}", "guide"), Map.entry("GET /api/v1/services/{code}", "guide"),
			Map.entry("GET /services/{code}/materials/{n}/{kind}", "guideFile"),
			Map.entry("GET /publicity/{kind:licensing|penalties}/{id:[0-9a-f]{32}}", "publicity"),
			Map.entry("GET /api/v1/publicity/licensing/{id}", "publicityLicence"),
			Map.entry("GET /api/v1/publicity/penalties/{id}", "publicityPenalty"));

	/** Public id-bearing routes with nothing unpublished behind the id, and why. */
	static final Map<String, String> NOTHING_PRIVATE = Map.ofEntries(
			Map.entry("GET /apply/receipt/{key}", "a one-time key of the applicant's own session, nothing stored under it"),
			Map.entry("GET /catalogue/categories/{id}/feed.atom", "categories are all public"),
			Map.entry("GET /powers/{code}", "every item of the power list, with its whole history, is public by law"),
			Map.entry("GET /api/v1/powers/{code}", "every item of the power list, with its whole history, is public by law"),
			Map.entry("GET /sitemaps/{name:[a-z][a-z0-9-]*}-{file:\\d{1,9}}.xml", "a page number of the public sitemap"),
			Map.entry("GET /api/v1/consultations/comments/{code}",
					"a status code is the secret itself (see the track tests)"),
			Map.entry("GET /api/v1/requests/{trackingNumber}", "tried below with a wrong query code"),
			Map.entry("GET /api/v1/approvals/{caseNumber}",
					"an approval case with a wrong query code answers like an unknown number (approvals.ApprovalsWebTest)"),
			Map.entry("GET /publicity/{kind:licensing|penalties}",
					"the kind of a 双公示 list, not a record: the lists hold published records only (publicity.PublicityWebTest)"),
			Map.entry("GET /publicity/{kind:licensing|penalties}/feed.atom", "the kind of a 双公示 list, as above"),
			Map.entry("GET /publicity/{kind:licensing|penalties}/export.csv", "the kind of a 双公示 list, as above"),
			Map.entry("GET /track/reply/{token}", "the mailed link's token is the secret itself: this page only holds the "
					+ "button that opens the reply by POST, where revoked, altered and never-given tokens answer alike "
					+ "(requests.site.ReplyOnlineTest)"));

	static final String NEVER = "987654321";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService staff;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Attachments attachments;

	@Autowired
	Consultations consultations;

	@Autowired
	MajorDecisions decisions;

	@Autowired
	Interpretations interpretations;

	@Autowired
	ServiceGuides guides;

	@Autowired
	Publicity publicity;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void unpublishedRecordsAnswerLikeRecordsThatNeverExisted() throws Exception {
		Map<String, Map<String, String>> drafts = drafts();
		List<String> problems = new ArrayList<>();
		for (Endpoint endpoint : publicIdRoutes()) {
			if (NOTHING_PRIVATE.containsKey(endpoint.key())) {
				continue;
			}
			String kind = KINDS.get(endpoint.key());
			if (kind == null) {
				problems.add("no unpublished record to try " + endpoint.key() + " with: add it to KINDS");
				continue;
			}
			Map<String, String> hidden = drafts.get(kind);
			Map<String, String> never = new HashMap<>();
			endpoint.variables().forEach(v -> never.put(v, NEVER));
			String hiddenUri = endpoint.uri(hidden);
			String neverUri = endpoint.uri(never);
			MvcResult a = mvc.perform(get(hiddenUri).with(fresh())).andReturn();
			MvcResult b = mvc.perform(get(neverUri).with(fresh())).andReturn();
			int status = a.getResponse().getStatus();
			if (status != 404 || b.getResponse().getStatus() != 404) {
				problems.add(endpoint.key() + ": unpublished " + status + ", never given "
						+ b.getResponse().getStatus());
			}
			else if (!page(a, hidden).equals(page(b, never))) {
				problems.add(endpoint.key() + ": the not-found page differs for an unpublished record:\n"
						+ page(a, hidden) + "\n---\n" + page(b, never));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aWrongQueryCodeAnswersLikeAnUnknownNumber() throws Exception {
		String number = jdbc.queryForObject("select min(tracking_number) from disclosure_request", String.class);
		String unknown = number.substring(0, number.length() - 5) + "99999";
		MvcResult wrong = mvc.perform(get("/api/v1/requests/{n}", number).param("queryCode", "WRONGCODE1")
			.with(fresh())).andReturn();
		MvcResult none = mvc.perform(get("/api/v1/requests/{n}", unknown).param("queryCode", "WRONGCODE1")
			.with(fresh())).andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(404).isEqualTo(none.getResponse().getStatus());
		assertThat(wrong.getResponse().getContentAsString().replace(number, "N"))
			.isEqualTo(none.getResponse().getContentAsString().replace(unknown, "N"));
		MvcResult wrongPage = mvc.perform(track(number)).andReturn();
		MvcResult nonePage = mvc.perform(track(unknown)).andReturn();
		assertThat(wrongPage.getResponse().getStatus()).isEqualTo(nonePage.getResponse().getStatus());
		assertThat(org.jsoup.Jsoup.parse(wrongPage.getResponse().getContentAsString()).select("main").text()
			.replace(number, "N"))
			.isEqualTo(org.jsoup.Jsoup.parse(nonePage.getResponse().getContentAsString()).select("main").text()
				.replace(unknown, "N"));
	}

	@Test
	void everyPublicIdRouteIsTried() {
		for (Endpoint endpoint : publicIdRoutes()) {
			assertThat(KINDS.containsKey(endpoint.key()) || NOTHING_PRIVATE.containsKey(endpoint.key()))
				.as("public route with an id, not covered by the IDOR suite: " + endpoint.key())
				.isTrue();
		}
	}

	private List<Endpoint> publicIdRoutes() {
		return Endpoints.of(mapping)
			.all()
			.stream()
			.filter(e -> !e.changes() && !e.api() && !e.console() && !e.variables().isEmpty())
			.toList();
	}

	private String publicId(long record) {
		return jdbc.queryForObject("select public_id from publicity_record where id = ?", String.class, record);
	}

	private MockHttpServletRequestBuilder track(String number) {
		return post("/track").param("trackingNumber", number).param("queryCode", "WRONGCODE1").with(csrf())
			.with(fresh());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor fresh() {
		return ClientAddresses.from(ClientAddresses.fresh());
	}

	/**
	 * The answer with the ids asked for blanked out (also as a message prints them, 987,654,321), so that two
	 * answers compare: a JSON body whole, a page by its main content.
	 */
	private static String page(MvcResult result, Map<String, String> ids) throws Exception {
		String body = result.getResponse().getContentAsString();
		String type = result.getResponse().getContentType();
		if (type != null && type.contains("html")) {
			body = org.jsoup.Jsoup.parse(body).select("main").html();
		}
		for (String id : ids.values()) {
			if (id.matches("[0-9a-f]{32}")) {
				body = body.replace(id, "ID");
				continue;
			}
			if (!id.matches("\\d+")) {
				continue;
			}
			String grouped = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(id));
			body = body.replaceAll("(?<![0-9A-Za-z,])(" + id + "|" + grouped + ")(?![0-9,])", "ID");
		}
		return body;
	}

	/** One unpublished record of each kind, made by the employment editor as the console would. */
	private Map<String, Map<String, String>> drafts() throws IOException {
		Map<String, Map<String, String>> ids = new HashMap<>();
		SignedIn.as(staff, "editor");
		try {
			Me editor = CurrentStaff.require();
			long category = jdbc.queryForObject("select min(id) from catalogue_category", Long.class);
			long document = workflow.createDraft(editor, new DocumentMetadata("未发布的草稿（越权访问测试）", null, null,
					"湖南省人力资源和社会保障厅", editor.unitId(), category, null, "通知公告", LocalDate.of(2026, 11, 20),
					null, null, Disclosure.PROACTIVE, null, "<p>草稿正文</p>"));
			long attachment = attachments.attach(editor, document, "draft.pdf", pdf()).id();
			ids.put("document", Map.of("id", String.valueOf(document)));
			ids.put("attachment", Map.of("id", String.valueOf(attachment)));
			long consultation = consultations.create(editor, new ConsultationForm("未发布的征求意见稿（越权访问测试）",
					"说明。", editor.unitId(), "就业促进处", false, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 8),
					null, "第一条　草稿。"));
			long file = consultations.attach(editor, consultation, "draft.pdf", "application/pdf", pdf());
			ids.put("consultation", Map.of("id", String.valueOf(consultation)));
			ids.put("consultationFile", Map.of("id", String.valueOf(consultation), "fileId", String.valueOf(file)));
			long decision = decisions.create(editor,
					new MajorDecisionForm("未发布的重大决策（越权访问测试）", "说明。", editor.unitId(), null, null, null));
			decisions.record(editor, decision, DecisionProcedure.EXPERT_REVIEW,
					new DecisionStepForm(false, LocalDate.of(2026, 11, 20), "就业处", "专家论证。"));
			long evidence = decisions.attach(editor, decision, DecisionProcedure.EXPERT_REVIEW, "opinion.pdf", pdf())
				.id();
			ids.put("decision", Map.of("id", String.valueOf(decision)));
			ids.put("evidence", Map.of("evidenceId", String.valueOf(evidence)));
			long policy = jdbc.queryForObject("select min(policy_id) from interpretation", Long.class);
			SignedIn.as(staff, "office");
			long interpretation = interpretations.create(CurrentStaff.require(), new InterpretationDraft(policy, null,
					InterpretationForm.TEXT, "未发布的解读（越权访问测试）", null, "解读草稿。", null, null, null, List.of()),
					null).id();
			ids.put("interpretation", Map.of("id", String.valueOf(interpretation)));
			String guide = guides.create(editor, new GuideDraft("987000111", "未发布的办事指南（越权访问测试）", null, null,
					ItemLevel.PROVINCIAL, HandlingKind.IMMEDIATE, ServiceTheme.EMPLOYMENT, true, false, null, null, null,
					null, null, null, null, null, 0, true, null, null, null, null,
					List.of(new GuideDraft.MaterialRow("申请表", null, null, null, 1, null, false)), List.of(), List.of()),
					false);
			guides.attach(editor, guide, 0, MaterialFile.BLANK, "form.pdf", pdf());
			ids.put("guide", Map.of("code", guide));
			ids.put("guideFile", Map.of("code", guide, "n", "1", "kind", "blank"));
			// 双公示 records registered, not yet published
			LocalDate decided = LocalDate.of(2026, 11, 20);
			long licence = publicity.register(editor, PublicityDraft.licence("越权测许〔2026〕1号", "人力资源服务许可", "新办",
					"越权访问测试", "湖南越权测试有限公司", false, "91430100MA4L0TET1K", "湖南省人力资源和社会保障厅", decided, decided,
					null, null), RecordSource.FORM);
			long penalty = publicity.register(editor, PublicityDraft.penalty("越权测罚〔2026〕1号", "越权访问测试",
					PenaltyCategory.WARNING, "越权访问测试", "劳动保障监察条例", "警告", "湖南越权测试有限公司", false,
					"91430100MA4L0TET1K", "湖南省人力资源和社会保障厅", decided, null), RecordSource.FORM);
			String licenceId = publicId(licence);
			ids.put("publicity", Map.of("kind", "licensing", "id", licenceId));
			ids.put("publicityLicence", Map.of("id", licenceId));
			ids.put("publicityPenalty", Map.of("id", publicId(penalty)));
			return ids;
		}
		finally {
			SignedIn.signOut();
		}
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
