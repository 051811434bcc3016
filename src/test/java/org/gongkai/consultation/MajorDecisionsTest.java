package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The rules of a major-decision record as the facade enforces them, whoever calls it (console, API, demo). */
@GongkaiTest
class MajorDecisionsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Autowired
	MajorDecisions decisions;

	@Autowired
	DecisionRecords records;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DocumentWorkflow documents;

	@Autowired
	UserDetailsService staff;

	@Autowired
	JdbcTemplate jdbc;

	Me employmentEditor;

	Me financeEditor;

	Me office;

	@BeforeEach
	void people() {
		SignedIn.as(staff, "office");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		long employment = unit("employment");
		long finance = unit("finance");
		employmentEditor = new Me(900, "editor", "编辑", employment, "就业处", Set.of(Role.UNIT_EDITOR));
		financeEditor = new Me(901, "finance-editor", "财务编辑", finance, "财务处", Set.of(Role.UNIT_EDITOR));
		office = new Me(902, "office", "公开办", unit("office"), "办公室", Set.of(Role.DISCLOSURE_OFFICE));
	}

	@AfterEach
	void reset() {
		SignedIn.signOut();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void publishingWaitsForAllFiveProceduresAndNamesTheMissingOnes() {
		long id = decisions.create(employmentEditor, form("调整失业保险金标准", null));
		done(id, DecisionProcedure.PUBLIC_PARTICIPATION, TODAY.minusDays(60));
		done(id, DecisionProcedure.LEGALITY_REVIEW, TODAY.minusDays(20));

		assertThatThrownBy(() -> decisions.publish(employmentEditor, id)).isInstanceOfSatisfying(RuleViolation.class,
				ex -> {
					assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(ex.messageKey()).isEqualTo("decision.publish.missing");
					assertThat(ex.arguments()).containsExactly("专家论证、风险评估、集体讨论决定");
				});
		assertThat(records.publicDecision(id)).as("still a draft").isEmpty();

		done(id, DecisionProcedure.EXPERT_REVIEW, TODAY.minusDays(50));
		decisions.record(employmentEditor, id, DecisionProcedure.RISK_ASSESSMENT,
				new DecisionStepForm(true, null, null, "标准调整不涉及社会稳定风险。"));
		done(id, DecisionProcedure.COLLECTIVE_DECISION, TODAY.minusDays(10));
		decisions.publish(employmentEditor, id);

		MajorDecisionView published = records.publicDecision(id).orElseThrow();
		assertThat(published.status()).isEqualTo(DecisionStatus.PUBLISHED);
		assertThat(published.carriedOut()).isEqualTo(4);
		assertThat(published.notApplicable()).isEqualTo(1);
		assertThat(published.steps()).extracting(DecisionStepView::procedure).containsExactly(DecisionProcedure.values());
		assertThat(records.publicPage(0, 100).getContent()).filteredOn(s -> s.id() == id)
			.singleElement()
			.satisfies(s -> assertThat(s.carriedOut()).isEqualTo(4));
		assertThat(auditActions(id)).contains("decision.created", "decision.procedure.recorded", "decision.published");

		assertThatThrownBy(() -> done(id, DecisionProcedure.EXPERT_REVIEW, TODAY)).as("a published record is final")
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("decision.notDraft"));
	}

	@Test
	void legalityReviewAndCollectiveDecisionCanNeverBeNotApplicableAndAWaiverNeedsAReason() {
		long id = decisions.create(employmentEditor, form("调整就业见习补贴标准", null));
		assertThatThrownBy(() -> decisions.record(employmentEditor, id, DecisionProcedure.LEGALITY_REVIEW,
				new DecisionStepForm(true, null, null, "不需要")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("notApplicable");
				assertThat(ex.messageKey()).isEqualTo("decision.step.notWaivable");
			});
		assertThatThrownBy(() -> decisions.record(employmentEditor, id, DecisionProcedure.COLLECTIVE_DECISION,
				new DecisionStepForm(true, null, null, "不需要")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("notApplicable"));
		assertThatThrownBy(() -> decisions.record(employmentEditor, id, DecisionProcedure.PUBLIC_PARTICIPATION,
				new DecisionStepForm(true, null, null, " ")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("description");
				assertThat(ex.messageKey()).isEqualTo("decision.step.reasonRequired");
			});
		assertThatThrownBy(() -> decisions.record(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW,
				new DecisionStepForm(false, TODAY.plusDays(1), "就业处", "论证会")))
			.as("not in the future")
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("completedOn"));
		assertThatThrownBy(() -> decisions.record(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW,
				new DecisionStepForm(false, TODAY, "", "论证会")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("responsibleUnit"));
		assertThat(records.staffDecision(employmentEditor, id).missing()).hasSize(5);
	}

	@Test
	void theResultMustBeAPublicCatalogueDocument() {
		long draft = documents.createDraft(employmentEditor, draftDocument());
		assertThatThrownBy(() -> decisions.create(employmentEditor, form("调整技能提升补贴", draft)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("resultDocumentId");
				assertThat(ex.messageKey()).isEqualTo("decision.result.notPublic");
			});
		assertThatThrownBy(() -> decisions.create(employmentEditor, form("调整技能提升补贴", 987_654_321L)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("resultDocumentId"));

		var published = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0);
		long id = decisions.create(employmentEditor, form("调整技能提升补贴", published.id()));
		MajorDecisionView view = records.staffDecision(employmentEditor, id);
		assertThat(view.resultDocumentId()).isEqualTo(published.id());
		assertThat(view.resultDocumentTitle()).isEqualTo(published.title());
	}

	@Test
	void anotherUnitsEditorIsRefusedAndTheOfficeMayActForAnyUnit() {
		assertThatThrownBy(() -> decisions.create(financeEditor, form("调整创业担保贷款贴息", null)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		long id = decisions.create(office, form("调整创业担保贷款贴息", null));
		assertThatThrownBy(() -> done(financeEditor, id, DecisionProcedure.EXPERT_REVIEW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThatThrownBy(() -> records.staffDecision(financeEditor, id))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThat(records.staffList(financeEditor)).noneMatch(s -> s.id() == id);
		assertThat(records.staffList(employmentEditor)).anyMatch(s -> s.id() == id);
		done(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW, TODAY);
	}

	@Test
	void aStaleVersionIsRefused() {
		long id = decisions.create(employmentEditor, form("调整公益性岗位补贴", null));
		long version = records.staffDecision(employmentEditor, id).version();
		decisions.update(employmentEditor, id, form("调整公益性岗位补贴标准", null), version);
		assertThatThrownBy(() -> decisions.update(employmentEditor, id, form("另一个名称", null), version))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("decision.conflict");
			});
		assertThat(records.staffDecision(employmentEditor, id).title()).isEqualTo("调整公益性岗位补贴标准");
	}

	@Test
	void evidenceIsCheckedByContentAndPublicOnlyOncePublished() throws IOException {
		long id = decisions.create(employmentEditor, form("调整职业培训补贴标准", null));
		assertThatThrownBy(() -> decisions.attach(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW, "专家意见.pdf",
				pdf())).as("record the procedure first")
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("file"));
		done(id, DecisionProcedure.EXPERT_REVIEW, TODAY.minusDays(3));
		assertThatThrownBy(() -> decisions.attach(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW, "setup.exe",
				new byte[] { 'M', 'Z', 0, 0 }))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageKey()).isEqualTo("decision.evidence.type.unsupported");
			});
		assertThatThrownBy(() -> decisions.attach(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW, "专家意见.pdf",
				new byte[] { 'M', 'Z', 0, 0 }))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("decision.evidence.type.mismatch"));

		DecisionEvidenceView file = decisions.attach(employmentEditor, id, DecisionProcedure.EXPERT_REVIEW,
				"C:\\材料\\专家意见.pdf", pdf());
		assertThat(file.fileName()).isEqualTo("专家意见.pdf");
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.sha256()).hasSize(64);
		assertThat(records.staffEvidence(employmentEditor, file.id()).content().readAllBytes()).isEqualTo(pdf());
		assertThatThrownBy(() -> records.publicEvidence(file.id())).as("not public while a draft")
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND));
		decisions.removeEvidence(employmentEditor, file.id());
		assertThat(records.staffDecision(employmentEditor, id).steps().get(1).evidence()).isEmpty();
	}

	@Test
	void aProcedureDatedAfterTheDecisionStopsPublication() {
		long id = decisions.create(employmentEditor, new MajorDecisionForm("调整人才引进补贴", "说明", unit("employment"),
				null, null, TODAY.minusDays(30)));
		for (DecisionProcedure procedure : DecisionProcedure.values()) {
			done(id, procedure, TODAY.minusDays(40));
		}
		done(id, DecisionProcedure.RISK_ASSESSMENT, TODAY.minusDays(5));
		assertThatThrownBy(() -> decisions.publish(employmentEditor, id))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("decision.publish.afterDecision");
				assertThat(ex.arguments()).containsExactly("风险评估");
			});
	}

	private void done(long id, DecisionProcedure procedure, LocalDate on) {
		done(employmentEditor, id, procedure, on);
	}

	private void done(Me me, long id, DecisionProcedure procedure, LocalDate on) {
		decisions.record(me, id, procedure, new DecisionStepForm(false, on, "就业处", "已按规定履行。"));
	}

	private MajorDecisionForm form(String title, Long resultDocumentId) {
		return new MajorDecisionForm(title, "为规范资金管理，调整补贴标准。", unit("employment"), null, resultDocumentId,
				TODAY.minusDays(1));
	}

	private DocumentMetadata draftDocument() {
		long category = catalogue.categories().get(0).id();
		return new DocumentMetadata("关于调整技能提升补贴标准的通知（草稿）", null, null, "湖南省人力资源和社会保障厅",
				unit("employment"), category, null, "通知公告", TODAY, null, null, Disclosure.PROACTIVE, null, "<p>正文</p>");
	}

	private java.util.List<String> auditActions(long id) {
		return jdbc.queryForList("select action from audit_entry where object_type = 'MajorDecision' and object_id = ?",
				String.class, String.valueOf(id));
	}

	private long unit(String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);
	}

}
