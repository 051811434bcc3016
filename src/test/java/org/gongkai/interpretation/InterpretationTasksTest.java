package org.gongkai.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Interpretation tasks as units meet them: opened when a normative document is published, due three working days
 * later with the holidays skipped, fulfilled in time or late by the published interpretation, waived only when the
 * office approves a reasoned request; and nobody acts for another unit.
 */
@GongkaiTest
class InterpretationTasksTest {

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Interpretations interpretations;

	@Autowired
	InterpretationTasks taskFacade;

	@Autowired
	InterpretationTaskRepository tasks;

	@Autowired
	UnitManagement units;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		fx = new Fixtures(workflow, catalogue, interpretations, tasks, units);
	}

	@Test
	void aPolicyPublishedBeforeTheNationalDayHolidayIsDueAfterIt() {
		// Wed 30 Sep 2026; 1-7 Oct are holidays; Thu 8, Fri 9 and the make-up Saturday 10 Oct are working days.
		assertThat(InterpretationDeadline.due(workingDays, LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
		clock.set(LocalDate.of(2026, 9, 30).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		long policy = fx.publishPolicy("关于国庆节前发布的就业补贴办法的通知", "节前发布的规范性文件。");
		InterpretationTask task = fx.awaitTask(policy);
		assertThat(task.getDueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(task.getUnitId()).isEqualTo(fx.employment.id());
		assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void aNoticeOfAnotherTypeOpensNoTask() {
		long id = workflow.createDraft(fx.employmentEditor, new org.gongkai.catalogue.DocumentMetadata("招聘工作动态",
				null, null, "就业处", fx.employment.id(), fx.category("employment"), null, "工作动态",
				LocalDate.of(2026, 11, 20), null, null, org.gongkai.catalogue.Disclosure.PROACTIVE, null, "<p>动态</p>"));
		fx.reviewAndPublish(fx.employmentEditor, id);
		long marker = fx.publishPolicy("用于确认监听已处理的规范性文件", "正文。");
		fx.awaitTask(marker);
		assertThat(tasks.findByPolicyId(id)).isEmpty();
	}

	@Test
	void anInterpretationPublishedWithinThreeWorkingDaysFulfilsTheTaskInTime() {
		long policy = fx.publishPolicy("关于落实失业保险稳岗返还政策的通知", "稳岗返还。");
		fx.awaitTask(policy);
		Interpretations.Created created = interpretations.create(fx.employmentEditor,
				Fixtures.text(policy, "《关于落实失业保险稳岗返还政策的通知》解读", "稳岗返还的对象和条件。"), null);
		fx.reviewAndPublish(fx.employmentEditor, created.documentId());
		InterpretationTask task = fx.awaitTaskStatus(policy, TaskStatus.FULFILLED);
		assertThat(task.toView("就业处", LocalDate.now(clock), 0, 0).late()).isFalse();
		assertThat(task.toView("就业处", LocalDate.now(clock), 0, 0).interpretationId()).isEqualTo(created.id());
		assertThat(interpretations.ofPolicy(policy)).extracting(InterpretationSummary::id).containsExactly(created.id());
	}

	@Test
	void anInterpretationPublishedAfterTheDueDayIsRecordedLateAndListedSo() {
		long policy = fx.publishPolicy("关于调整职业技能提升补贴标准的通知", "补贴标准。");
		InterpretationTask opened = fx.awaitTask(policy);
		Interpretations.Created created = interpretations.create(fx.employmentEditor,
				Fixtures.text(policy, "职业技能提升补贴标准调整解读", "补贴标准的调整。"), null);
		clock.set(opened.getDueOn().plusDays(3).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		fx.reviewAndPublish(fx.employmentEditor, created.documentId());
		InterpretationTask task = fx.awaitTaskStatus(policy, TaskStatus.FULFILLED);
		TaskView view = task.toView("就业处", LocalDate.now(clock), 0, 0);
		assertThat(view.late()).isTrue();
		assertThat(view.fulfilledOn()).isEqualTo(opened.getDueOn().plusDays(3));
		assertThat(taskFacade.board(fx.office).publishedLate()).extracting(TaskView::policyId).contains(policy);
	}

	@Test
	void anOpenTaskPastItsDueDayIsOverdueByWorkingDays() {
		long policy = fx.publishPolicy("关于做好就业见习工作的通知", "就业见习。");
		InterpretationTask opened = fx.awaitTask(policy);
		LocalDate later = workingDays.dueDate(opened.getDueOn(), 2).dueDate();
		clock.set(later.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		TaskView overdue = taskFacade.board(fx.employmentEditor)
			.overdue()
			.stream()
			.filter(t -> t.policyId() == policy)
			.findFirst()
			.orElseThrow();
		assertThat(overdue.workingDaysOverdue()).isEqualTo(2);
		assertThat(taskFacade.overdueCount(fx.employmentEditor)).isPositive();
		assertThat(taskFacade.board(fx.legalEditor).overdue()).extracting(TaskView::policyId).doesNotContain(policy);
	}

	@Test
	void aWaiverNeedsAReasonAndTheOfficesApproval() {
		long policy = fx.publishPolicy("关于更正就业补贴文件个别文字的通知", "文字更正。");
		long taskId = fx.awaitTask(policy).getId();
		assertThatThrownBy(() -> taskFacade.requestWaiver(fx.employmentEditor, taskId, "  "))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		taskFacade.requestWaiver(fx.employmentEditor, taskId, "仅更正个别文字，政策内容未变。");
		assertThatThrownBy(() -> taskFacade.decideWaiver(fx.employmentEditor, taskId, true, null))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThat(taskFacade.board(fx.office).waiverRequests()).extracting(TaskView::id).contains(taskId);
		TaskView waived = taskFacade.decideWaiver(fx.office, taskId, true, null);
		assertThat(waived.status()).isEqualTo(TaskStatus.WAIVED);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'interpretation.waiver.approved' "
				+ "and object_id = ?", Long.class, String.valueOf(taskId))).isEqualTo(1);
	}

	@Test
	void theOfficeMemberWhoAskedForAWaiverDoesNotDecideIt() {
		long policy = fx.publishPolicy("关于调整就业见习补贴发放时间的通知", "发放时间。");
		long taskId = fx.awaitTask(policy).getId();
		taskFacade.requestWaiver(fx.office, taskId, "仅调整发放时间。");
		assertThatThrownBy(() -> taskFacade.decideWaiver(fx.office, taskId, true, null))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("interpretation.waiver.ownRequest");
			});
		assertThat(InterpretationTasks.mayDecideWaiver(fx.office, taskFacade.task(fx.office, taskId))).isFalse();
		Me secondOfficer = new Me(0, "officehead", "公开办负责人", fx.office.unitId(), fx.office.unitName(),
				Set.of(Role.DISCLOSURE_OFFICE, Role.DISCLOSURE_OFFICE_HEAD));
		assertThat(InterpretationTasks.mayDecideWaiver(secondOfficer, taskFacade.task(secondOfficer, taskId))).isTrue();
		assertThat(taskFacade.decideWaiver(secondOfficer, taskId, true, null).status()).isEqualTo(TaskStatus.WAIVED);
	}

	@Test
	void aRefusedWaiverOpensTheTaskAgainWithTheOfficesNote() {
		long policy = fx.publishPolicy("关于调整创业担保贷款额度的通知", "贷款额度。");
		long taskId = fx.awaitTask(policy).getId();
		taskFacade.requestWaiver(fx.employmentEditor, taskId, "内容简单。");
		assertThatThrownBy(() -> taskFacade.decideWaiver(fx.office, taskId, false, ""))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		TaskView refused = taskFacade.decideWaiver(fx.office, taskId, false, "涉及群众切身利益，应当解读。");
		assertThat(refused.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(refused.waiverNote()).isEqualTo("涉及群众切身利益，应当解读。");
		assertThat(refused.waiverReason()).isEqualTo("内容简单。");
	}

	@Test
	void anotherUnitsEditorMayNeitherInterpretNorAskForAWaiver() {
		long policy = fx.publishPolicy("关于公共就业服务专项活动的通知", "专项活动。");
		long taskId = fx.awaitTask(policy).getId();
		assertThatThrownBy(() -> interpretations.create(fx.legalEditor, Fixtures.text(policy, "解读", "内容。"), null))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThatThrownBy(() -> taskFacade.requestWaiver(fx.legalEditor, taskId, "理由"))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThatThrownBy(() -> taskFacade.task(fx.legalEditor, taskId))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		assertThat(interpretations.staffList(fx.legalEditor, 100)).extracting(InterpretationSummary::policyId)
			.doesNotContain(policy);
	}

	@Test
	void aQaInterpretationKeepsItsPairsAndRendersThemIntoTheDocument() {
		long policy = fx.publishPolicy("关于就业困难人员认定办法的通知", "认定办法。");
		Interpretations.Created created = interpretations.create(fx.employmentEditor, Fixtures.qa(policy,
				"就业困难人员认定问答", List.of(new QaPair("哪些人可以认定为就业困难人员？", "大龄失业人员、残疾人等。"),
						new QaPair("", ""), new QaPair("到哪里申请？", "户籍地或常住地的公共就业服务机构。"))),
				null);
		fx.reviewAndPublish(fx.employmentEditor, created.documentId());
		fx.awaitPublished(policy, created.id());
		InterpretationView view = interpretations.publicView(created.id()).orElseThrow();
		assertThat(view.interpretation().questions()).extracting(QaPair::question)
			.containsExactly("哪些人可以认定为就业困难人员？", "到哪里申请？");
		assertThat(view.document().body()).contains("<dt>到哪里申请？</dt>");
		assertThat(view.document().documentType()).isEqualTo("政策解读");
	}

	@Test
	void lateMeansAfterTheDueDay() {
		LocalDate due = LocalDate.of(2026, 10, 10);
		assertThat(InterpretationDeadline.late(due, due)).isFalse();
		assertThat(InterpretationDeadline.late(due, due.plusDays(1))).isTrue();
		assertThat(InterpretationDeadline.late(due, due.minusDays(2))).isFalse();
	}


}
