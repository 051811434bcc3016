package org.gongkai.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.calendar.StoppedSpan;
import org.gongkai.powers.PowerType;

/**
 * An approval case (办件): received, accepted or not, reviewed (with suspensions not counted), decided, delivered.
 * Every step is an intention-revealing method that checks its rules ({@link CaseRules}) before changing anything.
 * The due dates are kept on the row for the console's lists and counts ({@link #track}); pages count them afresh.
 */
@Entity
@Table(name = "approval_case")
class ApprovalCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private String queryCodeHash;

	private String powerCode;

	private String itemName;

	@Enumerated(EnumType.STRING)
	private PowerType powerType;

	private long handlingUnitId;

	@Enumerated(EnumType.STRING)
	private ApprovalCategory category;

	private String applicantName;

	private boolean naturalPerson;

	private String applicantCode;

	private int statutoryDays;

	private int promisedDays;

	/** The guide the limits were copied from, or null when staff entered them. */
	private String limitsGuide;

	@Enumerated(EnumType.STRING)
	private CaseState state;

	private LocalDate receivedOn;

	private LocalDate acceptedOn;

	private LocalDate notAcceptedOn;

	private String notAcceptedReason;

	private LocalDate reviewStartedOn;

	private LocalDate decidedOn;

	private Boolean approved;

	private String decisionNumber;

	private String content;

	private String refusalReason;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private LocalDate deliveredOn;

	@ElementCollection
	@CollectionTable(name = "approval_suspension", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Suspension> suspensions = new ArrayList<>();

	private boolean suspended;

	private LocalDate statutoryDue;

	private LocalDate promisedDue;

	/** Working days from acceptance to decision, suspensions not counted: stored at the decision for statistics. */
	private Integer workingDaysUsed;

	/** Decided within the promised limit: stored at the decision for statistics. */
	private Boolean onTime;

	private String registeredBy;

	private Instant registeredAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected ApprovalCase() {
	}

	ApprovalCase(String caseNumber, String queryCodeHash, CaseSubject subject, Registration r, int statutoryDays,
			int promisedDays, String limitsGuide, String registeredBy, Instant now) {
		this.caseNumber = caseNumber;
		this.queryCodeHash = queryCodeHash;
		this.powerCode = subject.powerCode();
		this.itemName = subject.itemName();
		this.powerType = subject.powerType();
		this.handlingUnitId = subject.handlingUnitId();
		this.category = r.category();
		this.applicantName = r.applicantName().strip();
		this.naturalPerson = Boolean.TRUE.equals(r.naturalPerson());
		this.applicantCode = r.applicantCode().strip();
		this.statutoryDays = statutoryDays;
		this.promisedDays = promisedDays;
		this.limitsGuide = limitsGuide;
		this.state = CaseState.RECEIVED;
		this.receivedOn = r.receivedOn();
		this.registeredBy = registeredBy;
		this.registeredAt = now;
		this.updatedAt = now;
	}

	/** 受理: the time limits start to run from this day. */
	void accept(LocalDate day, LocalDate today) {
		CaseRules.requireState(state, "accept", CaseState.RECEIVED);
		CaseRules.requireDay("day", day, receivedOn, today);
		this.acceptedOn = day;
		this.state = CaseState.ACCEPTED;
	}

	/** 不予受理, with its reason: the end of the case. */
	void refuseAcceptance(LocalDate day, String reason, LocalDate today) {
		CaseRules.requireState(state, "notAccept", CaseState.RECEIVED);
		CaseRules.requireDay("day", day, receivedOn, today);
		this.notAcceptedReason = CaseRules.requireText("reason", reason, 1000);
		this.notAcceptedOn = day;
		this.state = CaseState.NOT_ACCEPTED;
	}

	/** 审查: review starts. */
	void startReview(LocalDate day, LocalDate today) {
		CaseRules.requireState(state, "review", CaseState.ACCEPTED);
		CaseRules.requireDay("day", day, acceptedOn, today);
		this.reviewStartedOn = day;
		this.state = CaseState.UNDER_REVIEW;
	}

	/** The limits stop (an expert review, a hearing ...) from {@code day}, while the case is under review. */
	void suspend(SuspensionKind kind, LocalDate day, String note, LocalDate today) {
		CaseRules.requireState(state, "suspend", CaseState.UNDER_REVIEW);
		if (kind == null) {
			throw CaseRules.invalid("kind", "approvals.field.required");
		}
		if (suspended) {
			throw CaseRules.alreadySuspended();
		}
		CaseRules.requireDay("day", day, lastStepDay(), today);
		suspensions.add(new Suspension(kind, day, CaseRules.optionalText("note", note, 500)));
		this.suspended = true;
	}

	/** The open suspension ends on {@code day}; counting resumes on the day after. */
	void resume(LocalDate day, LocalDate today) {
		CaseRules.requireState(state, "resume", CaseState.UNDER_REVIEW);
		Suspension open = openSuspension().orElseThrow(CaseRules::notSuspended);
		CaseRules.requireDay("day", day, open.from(), today);
		open.end(day);
		this.suspended = false;
	}

	/** 决定: approved (with what is permitted) or refused (with why), under a decision number. */
	void decide(Decision d, int daysUsed, LocalDate today) {
		CaseRules.requireState(state, "decide", CaseState.UNDER_REVIEW);
		if (suspended) {
			throw CaseRules.stillSuspended();
		}
		if (d.approved() == null) {
			throw CaseRules.invalid("approved", "approvals.field.required");
		}
		CaseRules.requireDay("day", d.day(), lastStepDay(), today);
		String number = CaseRules.requireText("decisionNumber", d.decisionNumber(), 100);
		if (d.approved()) {
			this.content = CaseRules.requireText("content", d.content(), 2000);
			if (d.validFrom() == null) {
				throw CaseRules.invalid("validFrom", "approvals.field.required");
			}
			if (d.validUntil() != null && d.validUntil().isBefore(d.validFrom())) {
				throw CaseRules.invalid("validUntil", "approvals.validity.order", d.validFrom().toString());
			}
			this.validFrom = d.validFrom();
			this.validUntil = d.validUntil();
		}
		else {
			this.refusalReason = CaseRules.requireText("reason", d.reason(), 1000);
		}
		this.approved = d.approved();
		this.decisionNumber = number;
		this.decidedOn = d.day();
		this.workingDaysUsed = daysUsed;
		this.onTime = daysUsed <= promisedDays;
		this.state = CaseState.DECIDED;
	}

	/** 送达: the decision reached the applicant; the end of the case. */
	void deliver(LocalDate day, LocalDate today) {
		CaseRules.requireState(state, "deliver", CaseState.DECIDED);
		CaseRules.requireDay("day", day, decidedOn, today);
		this.deliveredOn = day;
		this.state = CaseState.DELIVERED;
	}

	/** Keeps the due dates on the row (none while suspended or before acceptance) and the time of the change. */
	void track(Deadlines deadlines, Instant now) {
		this.statutoryDue = deadlines.statutoryDue();
		this.promisedDue = deadlines.promisedDue();
		this.updatedAt = now;
	}

	/** The day of the latest step or suspension boundary: a new step may not be dated before it. */
	LocalDate lastStepDay() {
		LocalDate last = reviewStartedOn != null ? reviewStartedOn : acceptedOn != null ? acceptedOn : receivedOn;
		for (Suspension s : suspensions) {
			LocalDate end = s.until() != null ? s.until() : s.from();
			if (end.isAfter(last)) {
				last = end;
			}
		}
		return last;
	}

	Optional<Suspension> openSuspension() {
		return suspensions.stream().filter(Suspension::open).findFirst();
	}

	List<StoppedSpan> spans() {
		return suspensions.stream().map(Suspension::span).toList();
	}

	ApprovalDecided decided(String decidingBody) {
		return new ApprovalDecided(caseNumber, powerCode, powerType, itemName, category.label(),
				Boolean.TRUE.equals(approved) ? content : null, applicantName, naturalPerson, applicantCode,
				decidingBody, decisionNumber, decidedOn, Boolean.TRUE.equals(approved), validFrom, validUntil);
	}

	CaseFacts facts() {
		return new CaseFacts(caseNumber, powerCode, itemName, powerType, handlingUnitId, category, applicantName,
				naturalPerson, applicantCode, statutoryDays, promisedDays, limitsGuide, state, receivedOn, acceptedOn,
				notAcceptedOn, notAcceptedReason, reviewStartedOn, decidedOn, approved, decisionNumber, content,
				refusalReason, validFrom, validUntil, deliveredOn, suspensions.stream().map(Suspension::view).toList(),
				suspended, promisedDue, workingDaysUsed, onTime, registeredBy);
	}

	Long id() {
		return id;
	}

	String caseNumber() {
		return caseNumber;
	}

	String queryCodeHash() {
		return queryCodeHash;
	}

	long handlingUnitId() {
		return handlingUnitId;
	}

	CaseState state() {
		return state;
	}

	LocalDate acceptedOn() {
		return acceptedOn;
	}

	int statutoryDays() {
		return statutoryDays;
	}

	int promisedDays() {
		return promisedDays;
	}

	boolean suspended() {
		return suspended;
	}

	String registeredBy() {
		return registeredBy;
	}

}
