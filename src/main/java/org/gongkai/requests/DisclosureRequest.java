package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application for disclosure (政府信息公开申请) and its case: who applied, what they asked for, the clock and
 * everything that moved it, the decisions and the reply. State changes go through the methods here; which step its
 * state allows on a given day, and why not, it answers itself ({@link #refusal}, by the rules of {@link Step}); who may
 * take a step is checked by {@link RequestPermissions}.
 */
@Entity
@Table(name = "disclosure_request")
class DisclosureRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String trackingNumber;

	/** SHA-256 of the query code (查询码): the code itself is shown once, to the applicant. */
	private String queryCodeHash;

	/** The form's one-time key, so that a double submission stays one application. */
	private String submissionKey;

	/** For an API key: the SHA-256 of the body it came with, so that a reused key with another body is refused. */
	private String submissionBodySha256;

	/** For an API key: the query code sealed for the same applicant's retry ({@link IdempotencyKey}). */
	private String sealedQueryCode;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Instant submittedAt;

	private LocalDate receivedOn;

	/** The day the reply period counts from: the receipt, or the arrival of the corrected application. */
	private LocalDate clockStart;

	@Enumerated(EnumType.STRING)
	private RuleSet rules;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Embedded
	private Applicant applicant;

	private String purpose;

	@Enumerated(EnumType.STRING)
	private WantedForm wantedForm;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	@ElementCollection
	@CollectionTable(name = "request_unit", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RequestedItem> items = new ArrayList<>();

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("stoppedOn, id")
	private List<ClockStop> stops = new ArrayList<>();

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("recordedAt, id")
	private List<TimelineEntry> timeline = new ArrayList<>();

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("filedOn, id")
	private List<Appeal> appeals = new ArrayList<>();

	@Embedded
	private Extension extension = new Extension();

	@Embedded
	private FeeNotice fee;

	private LocalDate repliedOn;

	/** The reply letter as issued (答复告知书), kept unchanged whatever later happens to the template. */
	@Column(length = 100_000)
	private String replyLetter;

	@Enumerated(EnumType.STRING)
	private Delivery deliveredBy;

	private LocalDate deliveredOn;

	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	private Closure closure;

	/** An earlier answered application of the same applicant asking for the same thing: a possible 重复申请. */
	private String possibleRepeatOf;

	private String registeredBy;

	/** The clock's state as last computed, read by the inbox, badges, reminders and statistics in SQL. */
	@Embedded
	private StoredClock clock = StoredClock.NONE;

	/** Where the annual report counts it once concluded; {@code null} while open. */
	@Embedded
	private ReportStanding report;

	@Version
	private long version;

	protected DisclosureRequest() {
	}

	DisclosureRequest(String trackingNumber, String queryCodeHash, String submissionKey, Channel channel,
			Instant submittedAt, LocalDate receivedOn, RuleSet rules, Applicant applicant, String purpose,
			WantedForm wantedForm, Delivery delivery, String registeredBy) {
		this.trackingNumber = trackingNumber;
		this.queryCodeHash = queryCodeHash;
		this.submissionKey = submissionKey;
		this.channel = channel;
		this.submittedAt = submittedAt;
		this.receivedOn = receivedOn;
		this.clockStart = receivedOn;
		this.rules = rules;
		this.status = RequestStatus.RECEIVED;
		this.applicant = applicant;
		this.purpose = purpose;
		this.wantedForm = wantedForm;
		this.delivery = delivery;
		this.registeredBy = registeredBy;
	}

	void addItem(String description, String documentNumber) {
		items.add(new RequestedItem(this, items.size() + 1, description, documentNumber));
	}

	/** The applicant's corrected application (补正) replaces the items asked for; none is decided yet. */
	void replaceItems(List<String[]> descriptionsAndNumbers) {
		items.clear();
		descriptionsAndNumbers.forEach(item -> addItem(item[0], item[1]));
	}

	void record(TimelineType type, LocalDate day, Instant at, String actor, String note) {
		timeline.add(new TimelineEntry(this, type, day, at, actor, note));
	}

	void assign(Set<Long> units) {
		unitIds.clear();
		unitIds.addAll(units);
		if (status == RequestStatus.RECEIVED) {
			status = RequestStatus.IN_PROGRESS;
		}
	}

	void flagPossibleRepeat(String trackingNumber) {
		this.possibleRepeatOf = trackingNumber;
	}

	// The rules

	/** Why {@code step} is not allowed on {@code facts.day()}; empty when it is. */
	Optional<Refusal> refusal(Step step, StepFacts facts) {
		return step.refusal(this, facts);
	}

	/** Every step the application's state allows on {@code facts.day()}. */
	Set<Step> allowedSteps(StepFacts facts) {
		Set<Step> allowed = EnumSet.noneOf(Step.class);
		for (Step step : Step.values()) {
			if (refusal(step, facts).isEmpty()) {
				allowed.add(step);
			}
		}
		return allowed;
	}

	/** The day of the latest step on the timeline: no step can be recorded for an earlier day. */
	LocalDate lastStepDay() {
		return timeline.stream().map(TimelineEntry::day).max(Comparator.naturalOrder()).orElse(receivedOn);
	}

	// The clock's stops

	ClockStop stop(StopKind kind, LocalDate on, LocalDate answerDue, String party) {
		ClockStop stop = new ClockStop(this, kind, on, answerDue, party);
		stops.add(stop);
		status = switch (kind) {
			case CORRECTION -> RequestStatus.AWAITING_CORRECTION;
			case THIRD_PARTY, CO_PRODUCER -> RequestStatus.IN_CONSULTATION;
			case FEE -> RequestStatus.AWAITING_PAYMENT;
		};
		return stop;
	}

	/** Resumes the clock; a correction restarts the whole period from the day the corrected application arrived. */
	void resume(ClockStop stop, LocalDate on, ConsultationOutcome outcome, String note) {
		stop.resume(on, outcome, note);
		if (stop.kind() == StopKind.CORRECTION) {
			clockStart = on;
		}
		if (stops.stream().noneMatch(ClockStop::open)) {
			status = unitIds.isEmpty() ? RequestStatus.RECEIVED : RequestStatus.IN_PROGRESS;
		}
		else if (stops.stream().filter(ClockStop::open).allMatch(s -> s.kind().consultation())) {
			status = RequestStatus.IN_CONSULTATION;
		}
	}

	Optional<ClockStop> openStop(StopKind kind) {
		return stops.stream().filter(s -> s.kind() == kind && s.open()).findFirst();
	}

	Optional<ClockStop> stopById(long stopId) {
		return stops.stream().filter(s -> s.id() != null && s.id() == stopId).findFirst();
	}

	boolean correctionAsked() {
		return stops.stream().anyMatch(s -> s.kind() == StopKind.CORRECTION);
	}

	// Extension (延期)

	void proposeExtension(int days, String reason, String by) {
		extension.propose(days, reason, by);
	}

	void approveExtension(LocalDate on) {
		extension.approve(on);
	}

	void refuseExtension() {
		extension.refuse();
	}

	boolean extended() {
		return extension.granted();
	}

	// Fees

	void noticeFee(FeeNotice notice) {
		this.fee = notice;
	}

	// Decisions and reply

	Optional<RequestedItem> item(long itemId) {
		return items.stream().filter(i -> i.id() != null && i.id() == itemId).findFirst();
	}

	boolean allDecided() {
		return items.stream().allMatch(RequestedItem::decided);
	}

	void reply(LocalDate on, String letter) {
		this.repliedOn = on;
		this.replyLetter = letter;
		this.status = RequestStatus.ANSWERED;
		this.report = new ReportStanding(countedRow().orElse(null), on);
	}

	void delivered(Delivery by, LocalDate on) {
		this.deliveredBy = by;
		this.deliveredOn = on;
	}

	void close(Closure closure, LocalDate on) {
		stops.stream().filter(ClockStop::open).forEach(s -> s.resume(on, null, null));
		this.closure = closure;
		this.closedOn = on;
		this.status = RequestStatus.CLOSED;
		if (repliedOn == null) {
			this.report = new ReportStanding(countedRow().orElse(null), on);
		}
	}

	Appeal addAppeal(AppealKind kind, LocalDate filedOn, String note) {
		Appeal appeal = new Appeal(this, kind, filedOn, note);
		appeals.add(appeal);
		return appeal;
	}

	Optional<Appeal> appeal(long appealId) {
		return appeals.stream().filter(a -> a.id() != null && a.id() == appealId).findFirst();
	}

	/**
	 * The annual report's row for this application once it is concluded: a closure without a reply counts in its
	 * own row; a reply whose items all fall in one row counts there; one that released anything and refused
	 * something counts as 部分公开; otherwise the first item's row (the report has one row per application).
	 */
	Optional<ReportRow> reportRow() {
		if (closure != null && closure.row() != null) {
			return Optional.of(closure.row());
		}
		if (repliedOn == null) {
			return Optional.empty();
		}
		List<ReportRow> rows = items.stream().map(RequestedItem::row).distinct().toList();
		if (rows.size() == 1) {
			return Optional.of(rows.get(0));
		}
		if (rows.stream().anyMatch(ReportRow::releases)) {
			return Optional.of(ReportRow.PARTLY_DISCLOSED);
		}
		return items.stream().min(Comparator.comparingInt(RequestedItem::position)).map(RequestedItem::row);
	}

	/**
	 * The row the report counts it in, or none for a reply whose items are not all decided (imported or damaged
	 * data): such an application then counts in no result row, and the check of （七）总计 against the rows fails.
	 */
	private Optional<ReportRow> countedRow() {
		boolean closedWithoutReply = closure != null && closure.row() != null;
		if (!closedWithoutReply && !allDecided()) {
			return Optional.empty();
		}
		return reportRow();
	}

	/** Counts the conclusion in the report of {@code day}'s year instead of its own (recorded after a publication). */
	void countConclusionOn(LocalDate day) {
		this.report = new ReportStanding(report.row(), day);
	}

	/** Where the report counts it; empty while open. */
	Optional<ReportStanding> report() {
		return Optional.ofNullable(report);
	}

	/** The day the application was concluded for the report: its reply, or its closure without one. */
	Optional<LocalDate> concludedOn() {
		return Optional.ofNullable(repliedOn != null ? repliedOn : closedOn);
	}

	Long id() {
		return id;
	}

	String trackingNumber() {
		return trackingNumber;
	}

	String queryCodeHash() {
		return queryCodeHash;
	}

	String submissionKey() {
		return submissionKey;
	}

	/** Binds the API's idempotency key to this application's body and keeps its code for a retry. */
	void bindTo(IdempotencyKey key, String queryCode) {
		this.submissionBodySha256 = key.bodySha256();
		this.sealedQueryCode = key.seal(queryCode);
	}

	/** The query code again, for a retry with the same key and the same body; empty for any other body. */
	Optional<String> queryCodeFor(IdempotencyKey key) {
		if (sealedQueryCode == null || !key.sameBodyAs(submissionBodySha256)) {
			return Optional.empty();
		}
		return Optional.of(key.open(sealedQueryCode));
	}

	Channel channel() {
		return channel;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	LocalDate receivedOn() {
		return receivedOn;
	}

	LocalDate clockStart() {
		return clockStart;
	}

	RuleSet rules() {
		return rules;
	}

	RequestStatus status() {
		return status;
	}

	Applicant applicant() {
		return applicant;
	}

	String purpose() {
		return purpose;
	}

	WantedForm wantedForm() {
		return wantedForm;
	}

	Delivery delivery() {
		return delivery;
	}

	Set<Long> unitIds() {
		return Set.copyOf(unitIds);
	}

	List<RequestedItem> items() {
		return List.copyOf(items);
	}

	List<ClockStop> stops() {
		return List.copyOf(stops);
	}

	/** What its clock is counted from. */
	ClockFacts clockFacts() {
		return new ClockFacts(rules, receivedOn, clockStart, extension.days(), repliedOn, closedOn, status.open(),
				stops.stream()
					.map(stop -> new ClockFacts.Stop(stop.kind(), stop.stoppedOn(), stop.resumedOn(), stop.answerDue()))
					.toList());
	}

	List<TimelineEntry> timeline() {
		return List.copyOf(timeline);
	}

	List<Appeal> appeals() {
		return List.copyOf(appeals);
	}

	int extensionDays() {
		return extension.days();
	}

	String extensionReason() {
		return extension.reason();
	}

	LocalDate extendedOn() {
		return extension.extendedOn();
	}

	Integer proposedExtensionDays() {
		return extension.proposedDays();
	}

	String proposedExtensionReason() {
		return extension.proposedReason();
	}

	String proposedExtensionBy() {
		return extension.proposedBy();
	}

	Optional<FeeNotice> fee() {
		return Optional.ofNullable(fee).filter(f -> f.basis() != null);
	}

	LocalDate repliedOn() {
		return repliedOn;
	}

	String replyLetter() {
		return replyLetter;
	}

	Delivery deliveredBy() {
		return deliveredBy;
	}

	LocalDate deliveredOn() {
		return deliveredOn;
	}

	LocalDate closedOn() {
		return closedOn;
	}

	Closure closure() {
		return closure;
	}

	String possibleRepeatOf() {
		return possibleRepeatOf;
	}

	String registeredBy() {
		return registeredBy;
	}

	/** Keeps the clock's state as {@link ClockState} computed it (its only writer). */
	void storeClock(StoredClock computed) {
		this.clock = computed;
	}

	LocalDate dueOn() {
		return clock.dueOn();
	}

	boolean clockRunning() {
		return clock.running();
	}

	boolean clockStopped() {
		return clock.stopped();
	}

	Integer workingDaysLeft() {
		return clock.workingDaysLeft();
	}

	LocalDate clockAsOf() {
		return clock.asOf();
	}

	boolean dueProvisional() {
		return clock.provisional();
	}

	long version() {
		return version;
	}

}
