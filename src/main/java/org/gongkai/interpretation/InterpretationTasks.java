package org.gongkai.interpretation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitScope;
import org.gongkai.identity.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interpretation tasks (解读任务): opened when a policy of a configured type is published, due three working days
 * later, fulfilled by its first published interpretation or waived (无需解读) when the disclosure office approves
 * the unit's reasoned request. Units see their own tasks, the office all of them.
 */
@Service
@Transactional
public class InterpretationTasks {

	private static final int LATE_SHOWN = 50;

	private final InterpretationTaskRepository tasks;

	private final WorkingDays workingDays;

	private final UnitManagement units;

	private final DocumentWorkflow workflow;

	private final InterpretationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InterpretationTasks(InterpretationTaskRepository tasks, WorkingDays workingDays, UnitManagement units,
			DocumentWorkflow workflow, InterpretationProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.tasks = tasks;
		this.workingDays = workingDays;
		this.units = units;
		this.workflow = workflow;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the publication of a document of this type calls for an interpretation. */
	boolean calledFor(String documentType) {
		return properties.policyTypes().contains(documentType);
	}

	/** Opens the task of a policy published at {@code publishedAt}, once per policy. */
	void open(long policyId, String policyTitle, long unitId, Instant publishedAt) {
		if (tasks.existsByPolicyId(policyId)) {
			return;
		}
		LocalDate publishedOn = publishedAt.atZone(Interpretations.CHINA).toLocalDate();
		LocalDate due = InterpretationDeadline.due(workingDays, publishedOn, properties.withinWorkingDays());
		InterpretationTask task = tasks
			.save(new InterpretationTask(policyId, policyTitle, unitId, publishedOn, due, clock.instant()));
		events.publishEvent(AuditEvent.of("interpretation.task.opened", "InterpretationTask", task.getId(),
				"document " + policyId + " published " + publishedOn + ", interpretation due " + due).by("system"));
	}

	/** A published interpretation of the policy ends its pending task, late or in time. */
	void fulfil(long policyId, long interpretationId, Instant publishedAt) {
		LocalDate on = publishedAt.atZone(Interpretations.CHINA).toLocalDate();
		tasks.findByPolicyId(policyId).filter(task -> task.fulfil(interpretationId, on)).ifPresent(task -> events
			.publishEvent(AuditEvent.of("interpretation.task.fulfilled", "InterpretationTask", task.getId(),
					"interpretation " + interpretationId + " published " + on + ", due " + task.getDueOn())
				.by("system")));
	}

	/** Who sees interpretation tasks: the disclosure office, and the editors, reviewers and heads of units. */
	public static boolean maySee(Me me) {
		return me.office() || me.admin() || me.has(Role.UNIT_EDITOR) || me.has(Role.UNIT_REVIEWER)
				|| me.has(Role.UNIT_HEAD);
	}

	@Transactional(readOnly = true)
	public TaskBoard board(Me me) {
		requireSee(me);
		boolean all = all(me);
		List<Long> mine = List.of(me.unitId());
		LocalDate today = today();
		Map<Long, String> names = unitNames();
		List<TaskView> open = tasks.findInStatus(all, mine, EnumSet.of(TaskStatus.OPEN))
			.stream()
			.map(t -> view(t, names, today))
			.toList();
		List<TaskView> overdue = open.stream()
			.filter(TaskView::overdue)
			.sorted(Comparator.comparing(TaskView::dueOn))
			.toList();
		List<TaskView> due = open.stream().filter(t -> !t.overdue()).toList();
		List<TaskView> waivers = tasks.findInStatus(all, mine, EnumSet.of(TaskStatus.WAIVER_REQUESTED))
			.stream()
			.map(t -> view(t, names, today))
			.toList();
		List<TaskView> late = tasks.findLate(all, mine, PageRequest.of(0, LATE_SHOWN))
			.stream()
			.map(t -> view(t, names, today))
			.toList();
		return new TaskBoard(due, overdue, waivers, late);
	}

	/** How many of the staff member's tasks are overdue: the console navigation's badge. */
	@Transactional(readOnly = true)
	public long overdueCount(Me me) {
		return maySee(me) ? tasks.countOverdue(all(me), List.of(me.unitId()), today()) : 0;
	}

	@Transactional(readOnly = true)
	public TaskView task(Me me, long id) {
		requireSee(me);
		InterpretationTask task = find(id);
		UnitScope.require(me, task.getUnitId());
		return view(task, unitNames(), today());
	}

	/** The unit asks that no interpretation be needed (无需解读), with its reason; the office decides. */
	public TaskView requestWaiver(Me me, long id, String reason) {
		InterpretationTask task = find(id);
		if (!workflow.mayEdit(me, task.getUnitId())) {
			throw RuleViolation.forbidden("interpretation.edit.denied");
		}
		String why = Texts.blankToNull(reason);
		if (why == null) {
			throw RuleViolation.invalid("reason", "interpretation.waiver.reasonRequired");
		}
		if (why.length() > 1000) {
			throw RuleViolation.invalid("reason", "interpretation.waiver.reasonTooLong", 1000);
		}
		task.requestWaiver(why, me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("interpretation.waiver.requested", "InterpretationTask", id, why));
		return view(task, unitNames(), today());
	}

	/**
	 * The disclosure office approves (the task is waived) or refuses (with a note; the task is open again); never the
	 * member who asked for the waiver ({@link FourEyes}).
	 */
	public TaskView decideWaiver(Me me, long id, boolean approve, String note) {
		if (!me.office()) {
			throw RuleViolation.forbidden("interpretation.waiver.officeOnly");
		}
		InterpretationTask task = find(id);
		FourEyes.require(me, requesters(task.getWaiverRequestedBy()), "interpretation.waiver.ownRequest");
		String why = Texts.blankToNull(note);
		if (!approve && why == null) {
			throw RuleViolation.invalid("note", "interpretation.waiver.noteRequired");
		}
		if (why != null && why.length() > 1000) {
			throw RuleViolation.invalid("note", "interpretation.waiver.reasonTooLong", 1000);
		}
		task.decideWaiver(approve, why, me.username(), clock.instant());
		events.publishEvent(AuditEvent.of(approve ? "interpretation.waiver.approved" : "interpretation.waiver.refused",
				"InterpretationTask", id, why == null ? "approved" : why));
		return view(task, unitNames(), today());
	}

	/** Whether {@code me} decides the pending waiver of {@code task}: the office, not the member who asked for it. */
	public static boolean mayDecideWaiver(Me me, TaskView task) {
		return task.status() == TaskStatus.WAIVER_REQUESTED && me.office()
				&& FourEyes.independent(me, requesters(task.waiverRequestedBy()));
	}

	private static Set<String> requesters(String requestedBy) {
		return requestedBy == null ? Set.of() : Set.of(requestedBy);
	}

	private InterpretationTask find(long id) {
		return tasks.findById(id).orElseThrow(() -> RuleViolation.notFound("interpretation.task.notFound", id));
	}

	private TaskView view(InterpretationTask task, Map<Long, String> names, LocalDate today) {
		return task.toView(names.get(task.getUnitId()), today,
				InterpretationDeadline.workingDaysOverdue(workingDays, task.getDueOn(), today),
				InterpretationDeadline.workingDaysLeft(workingDays, task.getDueOn(), today));
	}

	private static void requireSee(Me me) {
		if (!maySee(me)) {
			throw RuleViolation.forbidden("interpretation.tasks.denied");
		}
	}

	private static boolean all(Me me) {
		return me.office() || me.admin();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

}
