package org.gongkai.approvals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.FirstRows;
import org.gongkai.common.QueryCodes;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.powers.PowerItemRef;
import org.gongkai.powers.PowerLookup;

/**
 * Staff's work on approval cases (办件): register, accept or not, review, suspend and resume, decide, deliver; the
 * list and the counts of cases overdue or falling due. Every action names who acts ({@link Me}), is checked against
 * the handling unit of the case's item, audited, and changes nothing when a rule refuses it. A decision publishes
 * {@link ApprovalDecided}, delivered to listeners after the commit.
 */
@Service
@Transactional
public class ApprovalCases {

	private final ApprovalCaseRepository cases;

	private final CaseSerialRepository serials;

	private final FirstRows firstRows;

	private final PowerLookup powers;

	private final List<ItemTimeLimits> limits;

	private final WorkingDays workingDays;

	private final ApprovalsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApprovalCases(ApprovalCaseRepository cases, CaseSerialRepository serials, FirstRows firstRows, PowerLookup powers,
			List<ItemTimeLimits> limits, WorkingDays workingDays, ApprovalsProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.serials = serials;
		this.firstRows = firstRows;
		this.powers = powers;
		this.limits = limits;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a received application; the answer carries the query code, shown this once. */
	public Registered register(Me me, Registration r) {
		ApprovalPermissions.requireSee(me);
		CaseSubject subject = subject(r.powerCode());
		ApprovalPermissions.requireHandle(me, subject.handlingUnitId());
		checkApplicant(r);
		ItemTimeLimits.Limits l = limitsOf(subject.powerCode(), r);
		String code = QueryCodes.next();
		ApprovalCase c = new ApprovalCase(nextNumber(r.receivedOn().getYear()), QueryCodes.hash(code), subject, r,
				l.statutoryDays(), l.promisedDays(), l.guideCode(), me.username(), Instant.now(clock));
		cases.save(c);
		audit(me, c, "approval.registered", subject.powerCode() + ", received " + r.receivedOn());
		return new Registered(c.caseNumber(), code);
	}

	public CaseView accept(Me me, String number, LocalDate day) {
		ApprovalCase c = handled(me, number);
		c.accept(day, today());
		return saved(me, c, "approval.accepted", "accepted " + day);
	}

	public CaseView refuseAcceptance(Me me, String number, LocalDate day, String reason) {
		ApprovalCase c = handled(me, number);
		c.refuseAcceptance(day, reason, today());
		return saved(me, c, "approval.notAccepted", "not accepted " + day);
	}

	public CaseView startReview(Me me, String number, LocalDate day) {
		ApprovalCase c = handled(me, number);
		c.startReview(day, today());
		return saved(me, c, "approval.reviewStarted", "review from " + day);
	}

	public CaseView suspend(Me me, String number, SuspensionKind kind, LocalDate day, String note) {
		ApprovalCase c = handled(me, number);
		c.suspend(kind, day, note, today());
		return saved(me, c, "approval.suspended", kind + " from " + day);
	}

	public CaseView resume(Me me, String number, LocalDate day) {
		ApprovalCase c = handled(me, number);
		c.resume(day, today());
		return saved(me, c, "approval.resumed", "resumed " + day);
	}

	/** 决定: the working days used are stored with it, for the item's statistics. */
	public CaseView decide(Me me, String number, Decision decision) {
		ApprovalCase c = handled(me, number);
		LocalDate day = decision.day();
		int used = day == null || c.acceptedOn() == null ? 0
				: workingDays.workingDaysBetween(c.acceptedOn(), day, c.spans());
		c.decide(decision, used, today());
		CaseView view = saved(me, c, "approval.decided",
				(Boolean.TRUE.equals(decision.approved()) ? "approved " : "refused ") + day);
		events.publishEvent(c.decided(properties.decidingBody()));
		return view;
	}

	public CaseView deliver(Me me, String number, LocalDate day) {
		ApprovalCase c = handled(me, number);
		c.deliver(day, today());
		return saved(me, c, "approval.delivered", "delivered " + day);
	}

	@Transactional(readOnly = true)
	public CaseView view(Me me, String number) {
		ApprovalCase c = handled(me, number);
		return new CaseView(c.facts(), CaseDeadlines.of(c, workingDays, today()));
	}

	/** The console's list, a page at a time from the database, newest received first. */
	@Transactional(readOnly = true)
	public Page<CaseRow> page(Me me, CaseFilter filter, int page, int size) {
		ApprovalPermissions.requireSee(me);
		LocalDate today = today();
		Specification<ApprovalCase> spec = Specification.allOf(scope(me),
				ApprovalCaseRepository.inState(filter.state()), ApprovalCaseRepository.forItem(filter.powerCode()),
				filter.overdue() ? ApprovalCaseRepository.dueBefore(today) : ApprovalCaseRepository.any());
		PageRequest request = PageRequest.of(Math.max(page, 0), size,
				Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
		return cases.findAll(spec, request).map(c -> row(c.facts(), today));
	}

	/** Running cases of {@code me}'s units past their promised due date. */
	@Transactional(readOnly = true)
	public long overdueCount(Me me) {
		return ApprovalPermissions.maySee(me)
				? cases.count(Specification.allOf(scope(me), ApprovalCaseRepository.dueBefore(today()))) : 0;
	}

	/** Running cases due today or within {@code gongkai.approvals.falling-due-days} working days. */
	@Transactional(readOnly = true)
	public long fallingDueCount(Me me) {
		if (!ApprovalPermissions.maySee(me)) {
			return 0;
		}
		LocalDate today = today();
		LocalDate last = workingDays.dueDate(today, properties.fallingDueDays()).dueDate();
		return cases.count(Specification.allOf(scope(me), ApprovalCaseRepository.dueBetween(today, last)));
	}

	/**
	 * Counts again the stored due dates of a batch of running cases after {@code afterId} (the calendar changed);
	 * answers the last id of the batch, or -1 when there was none.
	 */
	long refreshRunning(long afterId, int batch) {
		List<ApprovalCase> running = cases.findRunningAfter(afterId, org.springframework.data.domain.Limit.of(batch));
		LocalDate today = today();
		for (ApprovalCase c : running) {
			Deadlines d = CaseDeadlines.of(c, workingDays, today);
			c.track(d, Instant.now(clock));
		}
		return running.isEmpty() ? -1 : running.get(running.size() - 1).id();
	}

	private CaseRow row(CaseFacts f, LocalDate today) {
		boolean overdue = f.state().running() && !f.suspended() && f.promisedDue() != null
				&& f.promisedDue().isBefore(today);
		return new CaseRow(f.caseNumber(), f.itemName(), f.applicantName(), f.category(), f.state(), f.receivedOn(),
				f.promisedDue(), f.suspended(), overdue);
	}

	private Specification<ApprovalCase> scope(Me me) {
		return ApprovalCaseRepository.inUnit(ApprovalPermissions.allUnits(me) ? null : me.unitId());
	}

	private CaseView saved(Me me, ApprovalCase c, String action, String summary) {
		Deadlines deadlines = CaseDeadlines.of(c, workingDays, today());
		c.track(deadlines, Instant.now(clock));
		audit(me, c, action, summary);
		return new CaseView(c.facts(), deadlines);
	}

	private void audit(Me me, ApprovalCase c, String action, String summary) {
		events.publishEvent(AuditEvent.of(action, "ApprovalCase", c.caseNumber(), summary).by(me.username()));
	}

	private ApprovalCase handled(Me me, String number) {
		ApprovalPermissions.requireSee(me);
		ApprovalCase c = find(number);
		ApprovalPermissions.requireHandle(me, c.handlingUnitId());
		return c;
	}

	ApprovalCase find(String number) {
		return cases.findByCaseNumber(number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> RuleViolation.notFound("approvals.notFound", number));
	}

	/** The item, as it stands today: on the power list and public-facing (its cases are applied for). */
	CaseSubject subject(String powerCode) {
		if (powerCode == null || powerCode.isBlank()) {
			throw CaseRules.invalid("powerCode", "approvals.field.required");
		}
		PowerItemRef item = powers.current(powerCode)
			.orElseThrow(() -> CaseRules.invalid("powerCode", "approvals.item.unknown", powerCode.strip()));
		if (!item.type().publicFacing()) {
			throw CaseRules.invalid("powerCode", "approvals.item.notPublicFacing", item.code());
		}
		if (item.handlingUnitId() == null) {
			throw CaseRules.invalid("powerCode", "approvals.item.unknown", item.code());
		}
		return new CaseSubject(item.code(), item.name(), item.type(), item.handlingUnitId());
	}

	void checkApplicant(Registration r) {
		if (r.category() == null) {
			throw CaseRules.invalid("category", "approvals.field.required");
		}
		CaseRules.requireText("applicantName", r.applicantName(), 200);
		if (r.naturalPerson() == null) {
			throw CaseRules.invalid("naturalPerson", "approvals.field.required");
		}
		CaseRules.requireText("applicantCode", r.applicantCode(), 40);
		CaseRules.requireDay("receivedOn", r.receivedOn(), null, today());
	}

	/** From the item's service guide where it has one, else as staff gave them; promised ≤ statutory. */
	ItemTimeLimits.Limits limitsOf(String powerCode, Registration r) {
		ItemTimeLimits.Limits fromGuide = limits.stream()
			.flatMap(l -> l.forItem(powerCode).stream())
			.findFirst()
			.orElse(null);
		if (fromGuide != null) {
			CaseRules.requireLimits(fromGuide.statutoryDays(), fromGuide.promisedDays());
			return fromGuide;
		}
		CaseRules.requireLimits(r.statutoryDays(), r.promisedDays());
		return new ItemTimeLimits.Limits(r.statutoryDays(), r.promisedDays(), null);
	}

	private String nextNumber(int year) {
		CaseSerial serial = serials.lock(year).orElseGet(() -> {
			firstRows.createIfAbsent(new CaseSerial(year));
			return serials.lock(year).orElseThrow();
		});
		return String.format("%s%d-%05d", properties.numberPrefix(), year, serial.next());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
