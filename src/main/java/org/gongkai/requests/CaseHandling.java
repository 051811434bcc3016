package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * The handlers' side (办理): the inbox, the case, and every step the rules allow, each checked against the rules
 * of the application's rule set, recorded on its timeline and audited. A refused step changes nothing and names the
 * article that forbids it.
 */
@Service
@Transactional
public class CaseHandling {

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final RequestProperties properties;

	private final UnitManagement units;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ClockState clockState;

	CaseHandling(RequestRepository requests, RequestClock requestClock, RequestProperties properties,
			UnitManagement units, Catalogue catalogue, ApplicationEventPublisher events, Clock clock,
			ClockState clockState) {
		this.clockState = clockState;
		this.requests = requests;
		this.requestClock = requestClock;
		this.properties = properties;
		this.units = units;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	// Reading

	/** The case page. It shows the applicant's identity number in full, so every view is audited. */
	public CaseView view(Me me, long id) {
		DisclosureRequest request = load(id);
		RequestPermissions.requireHandle(me, request);
		events.publishEvent(AuditEvent.of("request.viewed", "DisclosureRequest", request.trackingNumber(),
				"case page with the applicant's personal data"));
		return caseView(request, me);
	}

	@Transactional(readOnly = true)
	public long idOf(Me me, String trackingNumber) {
		DisclosureRequest request = requests.findByTrackingNumber(trackingNumber.trim().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> RuleViolation.notFound("request.notFound"));
		RequestPermissions.requireHandle(me, request);
		return request.id();
	}

	// Assignment

	/** Assigns the application to one or more units (disclosure office). */
	public void assign(Me me, long id, Set<Long> unitIds) {
		RequestPermissions.requireOffice(me);
		DisclosureRequest request = load(id);
		requireOpen(request);
		if (unitIds == null || unitIds.isEmpty()) {
			throw RuleViolation.invalid("unitIds", "request.assign.units.required");
		}
		Map<Long, String> names = unitNames();
		if (!names.keySet().containsAll(unitIds)) {
			throw RuleViolation.invalid("unitIds", "request.assign.units.unknown");
		}
		request.assign(unitIds);
		String list = unitIds.stream().map(names::get).collect(Collectors.joining("、"));
		step(request, me, TimelineType.ASSIGNED, today(), list, "request.assigned");
	}

	// Correction (补正)

	/**
	 * Asks the applicant, once, to correct the application; under the 2019 rules only within 7 working days of
	 * receipt (Art. 30). The clock stops; it restarts in full when the corrected application arrives.
	 */
	public void requestCorrection(Me me, long id, String whatToCorrect, LocalDate correctBy) {
		DisclosureRequest request = handled(id, me);
		requireRunning(request);
		if (request.correctionAsked()) {
			throw RuleViolation.conflict(null, "request.correction.once");
		}
		LocalDate today = today();
		LocalDate last = correctionUntil(request);
		if (last != null && today.isAfter(last)) {
			throw RuleViolation.conflict(null, "request.correction.late", request.rules().correctionWithinDays(),
					last);
		}
		if (whatToCorrect == null || whatToCorrect.isBlank()) {
			throw RuleViolation.invalid("whatToCorrect", "request.correction.what.required");
		}
		LocalDate by = correctBy != null ? correctBy
				: requestClock.afterWorkingDays(today, properties.correctionWorkingDays());
		if (!by.isAfter(today)) {
			throw RuleViolation.invalid("correctBy", "request.correction.by.past");
		}
		request.stop(StopKind.CORRECTION, today, by, whatToCorrect.trim());
		notifyApplicant(request, me, TimelineType.CORRECTION_REQUESTED, today, whatToCorrect.trim() + " (" + by + ")",
				"request.correction.requested");
	}

	/** The corrected application arrived on {@code arrivedOn}: the reply period restarts in full from that day. */
	public void recordCorrection(Me me, long id, LocalDate arrivedOn) {
		DisclosureRequest request = handled(id, me);
		ClockStop stop = request.openStop(StopKind.CORRECTION)
			.orElseThrow(() -> RuleViolation.conflict(null, "request.correction.none"));
		LocalDate on = arrivedOn != null ? arrivedOn : today();
		if (on.isBefore(stop.stoppedOn()) || on.isAfter(today())) {
			throw RuleViolation.invalid("arrivedOn", "request.date.outOfRange", stop.stoppedOn(), today());
		}
		request.resume(stop, on, null, null);
		step(request, me, TimelineType.CORRECTED, on, null, "request.corrected");
	}

	/** No correction by the set date: the application is treated as abandoned (Art. 30; report row (六)1). */
	public void closeNotCorrected(Me me, long id) {
		DisclosureRequest request = handled(id, me);
		ClockStop stop = request.openStop(StopKind.CORRECTION)
			.orElseThrow(() -> RuleViolation.conflict(null, "request.correction.none"));
		if (!today().isAfter(stop.answerDue())) {
			throw RuleViolation.conflict(null, "request.correction.notYetDue", stop.answerDue());
		}
		request.close(Closure.NOT_CORRECTED, today());
		notifyApplicant(request, me, TimelineType.CLOSED_NOT_CORRECTED, today(), null, "request.closed.notCorrected");
	}

	// Consultation (征求意见)

	/**
	 * Sends a consultation letter to a third party (Art. 32) or, under the 2019 rules, a co-producing agency
	 * (Art. 34). They have 15 working days; the time is not counted.
	 */
	public void startConsultation(Me me, long id, StopKind kind, String party) {
		DisclosureRequest request = handled(id, me);
		if (kind == null || !kind.consultation()) {
			throw RuleViolation.invalid("kind", "request.consultation.kind");
		}
		if (kind == StopKind.CO_PRODUCER && !request.rules().coProducersConsulted()) {
			throw RuleViolation.invalid("kind", "request.consultation.coProducer2008");
		}
		if (request.status() != RequestStatus.RECEIVED && request.status() != RequestStatus.IN_PROGRESS
				&& request.status() != RequestStatus.IN_CONSULTATION) {
			throw RuleViolation.conflict(null, "request.state.invalid");
		}
		if (party == null || party.isBlank()) {
			throw RuleViolation.invalid("party", "request.consultation.party.required");
		}
		LocalDate today = today();
		request.stop(kind, today, requestClock.afterWorkingDays(today, properties.consultationWorkingDays()),
				party.trim());
		step(request, me, TimelineType.CONSULTATION_STARTED, today, null, "request.consultation.started");
	}

	/** The consulted party answered (or its 15 working days passed in silence): the clock runs again. */
	public void recordConsultationAnswer(Me me, long id, long stopId, LocalDate answeredOn, ConsultationOutcome outcome,
			String note) {
		DisclosureRequest request = handled(id, me);
		ClockStop stop = request.stopById(stopId)
			.filter(s -> s.kind().consultation() && s.open())
			.orElseThrow(() -> RuleViolation.conflict(null, "request.consultation.none"));
		if (outcome == null) {
			throw RuleViolation.invalid("outcome", "request.consultation.outcome.required");
		}
		LocalDate on = answeredOn != null ? answeredOn : today();
		if (on.isBefore(stop.stoppedOn()) || on.isAfter(today())) {
			throw RuleViolation.invalid("answeredOn", "request.date.outOfRange", stop.stoppedOn(), today());
		}
		if (outcome == ConsultationOutcome.NO_ANSWER && !on.isAfter(stop.answerDue())) {
			throw RuleViolation.invalid("outcome", "request.consultation.silenceTooEarly", stop.answerDue());
		}
		request.resume(stop, on, outcome, Texts.blankToNull(note));
		step(request, me, TimelineType.CONSULTATION_ANSWERED, on, null, "request.consultation.answered");
	}

	// Extension (延期答复)

	/** A handler proposes an extension; the head of the disclosure office decides (Art. 33). */
	public void proposeExtension(Me me, long id, int days, String reason) {
		DisclosureRequest request = handled(id, me);
		requireOpen(request);
		if (request.extended()) {
			throw RuleViolation.conflict(null, "request.extension.once");
		}
		if (request.proposedExtensionDays() != null) {
			throw RuleViolation.conflict(null, "request.extension.pending");
		}
		if (days < 1 || days > request.rules().maxExtensionDays()) {
			throw RuleViolation.invalid("days", "request.extension.days", request.rules().maxExtensionDays());
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolation.invalid("reason", "request.extension.reason.required");
		}
		ClockStatement statement = requestClock.statement(request);
		if (statement.overdue()) {
			throw RuleViolation.conflict(null, "request.extension.overdue", statement.dueDate());
		}
		request.proposeExtension(days, reason.trim(), me.username());
		step(request, me, TimelineType.EXTENSION_PROPOSED, today(), days + ": " + reason.trim(),
				"request.extension.proposed");
	}

	/**
	 * The head of the disclosure office approves or refuses the proposed extension, never one they proposed
	 * themselves ({@link FourEyes}); the applicant is told.
	 */
	public void decideExtension(Me me, long id, boolean approve) {
		RequestPermissions.requireOfficeHead(me);
		DisclosureRequest request = load(id);
		if (request.proposedExtensionDays() == null) {
			throw RuleViolation.conflict(null, "request.extension.noneProposed");
		}
		FourEyes.require(me, proposers(request), "request.extension.ownProposal");
		if (!approve) {
			request.refuseExtension();
			step(request, me, TimelineType.EXTENSION_REFUSED, today(), null, "request.extension.refused");
			return;
		}
		if (requestClock.statement(request).overdue()) {
			throw RuleViolation.conflict(null, "request.extension.overdue", requestClock.statement(request).dueDate());
		}
		int days = request.proposedExtensionDays();
		String reason = request.proposedExtensionReason();
		request.approveExtension(today());
		ClockStatement statement = requestClock.statement(request);
		String note = days + " / " + reason + (statement.dueDate() != null ? " / " + statement.dueDate() : "");
		notifyApplicant(request, me, TimelineType.EXTENDED, today(), note, "request.extended");
	}

	// Fees (信息处理费)

	/**
	 * Sends a fee notice under the 2020 rules: per request (counting the applicant's requests of the receipt's month
	 * unless {@code quantity} is given) or per page. The time until payment is not counted.
	 */
	public void noticeFee(Me me, long id, FeeBasis basis, Integer quantity) {
		DisclosureRequest request = handled(id, me);
		requireRunning(request);
		if (!properties.feesApply(request.receivedOn())) {
			throw RuleViolation.conflict(null, "request.fee.rules", properties.feesFrom());
		}
		if (request.fee().isPresent()) {
			throw RuleViolation.conflict(null, "request.fee.once");
		}
		if (basis == null) {
			throw RuleViolation.invalid("basis", "request.fee.basis.required");
		}
		int count = quantity != null ? quantity : monthlyCount(request);
		if (count < 1) {
			throw RuleViolation.invalid("quantity", "request.fee.quantity");
		}
		int amount = Fees.amount(basis, count);
		if (amount == 0) {
			throw RuleViolation.conflict("quantity", "request.fee.free", count);
		}
		LocalDate today = today();
		LocalDate payBy = requestClock.afterWorkingDays(today, properties.feePaymentWorkingDays());
		request.noticeFee(new FeeNotice(basis, count, amount, today, payBy));
		request.stop(StopKind.FEE, today, payBy, null);
		notifyApplicant(request, me, TimelineType.FEE_NOTICE, today, amount + " / " + payBy, "request.fee.noticed");
	}

	/** The fee was paid on {@code paidOn}: the clock runs again. */
	public void recordPayment(Me me, long id, LocalDate paidOn) {
		DisclosureRequest request = handled(id, me);
		ClockStop stop = request.openStop(StopKind.FEE)
			.orElseThrow(() -> RuleViolation.conflict(null, "request.fee.none"));
		LocalDate on = paidOn != null ? paidOn : today();
		if (on.isBefore(stop.stoppedOn()) || on.isAfter(today())) {
			throw RuleViolation.invalid("paidOn", "request.date.outOfRange", stop.stoppedOn(), today());
		}
		request.fee().orElseThrow().paid(on);
		request.resume(stop, on, null, null);
		step(request, me, TimelineType.FEE_PAID, on, null, "request.fee.paid");
	}

	/** Not paid by the notice's deadline: processing ends (report row (六)2). */
	public void closeUnpaid(Me me, long id) {
		DisclosureRequest request = handled(id, me);
		ClockStop stop = request.openStop(StopKind.FEE)
			.orElseThrow(() -> RuleViolation.conflict(null, "request.fee.none"));
		if (!today().isAfter(stop.answerDue())) {
			throw RuleViolation.conflict(null, "request.fee.notYetDue", stop.answerDue());
		}
		request.close(Closure.UNPAID, today());
		notifyApplicant(request, me, TimelineType.CLOSED_UNPAID, today(), null, "request.closed.unpaid");
	}

	// Decisions and reply (答复)

	/**
	 * Decides one requested item with a reply from the fixed list and, where the reply needs one, a ground; links
	 * the catalogue documents that answer it (already disclosed: where; disclosed: what).
	 */
	public void decide(Me me, long id, long itemId, ReplyType reply, Ground ground, String explanation,
			List<Long> documentIds) {
		DisclosureRequest request = handled(id, me);
		if (request.status() != RequestStatus.RECEIVED && request.status() != RequestStatus.IN_PROGRESS
				&& request.status() != RequestStatus.IN_CONSULTATION) {
			throw RuleViolation.conflict(null, "request.state.invalid");
		}
		RequestedItem item = request.item(itemId).orElseThrow(() -> RuleViolation.notFound("request.item.notFound"));
		if (reply == null) {
			throw RuleViolation.invalid("reply", "request.reply.required");
		}
		if (!reply.allowedUnder(request.rules())) {
			throw RuleViolation.invalid("reply", "request.reply.notUnderRules");
		}
		if (reply.needsGround() && ground == null) {
			throw RuleViolation.invalid("ground", "request.ground.required", reply.article(request.rules()));
		}
		if (reply.needsGround() && !ground.allowedUnder(request.rules())) {
			throw RuleViolation.invalid("ground", "request.ground.notUnderRules");
		}
		List<Long> documents = documentIds == null ? List.of() : documentIds.stream().distinct().toList();
		for (Long documentId : documents) {
			if (documentId == null || catalogue.publicDocument(documentId).isEmpty()) {
				throw RuleViolation.invalid("documentIds", "request.documents.unknown", documentId);
			}
		}
		if (reply == ReplyType.ALREADY_PUBLIC && documents.isEmpty() && Texts.blankToNull(explanation) == null) {
			throw RuleViolation.invalid("documentIds", "request.alreadyPublic.where");
		}
		if (reply.needsGround() && Texts.blankToNull(explanation) == null) {
			throw RuleViolation.invalid("explanation", "request.explanation.required");
		}
		item.decide(reply, reply.needsGround() ? ground : null, Texts.blankToNull(explanation),
				new java.util.LinkedHashSet<>(documents), today(), me.username());
		step(request, me, TimelineType.ITEM_DECIDED, today(), item.position() + ": " + reply,
				"request.item.decided");
	}

	/**
	 * Issues the reply (答复告知书) once every item is decided and no stop is open; the letter's text is kept as
	 * issued.
	 */
	public void reply(Me me, long id, String letter) {
		DisclosureRequest request = handled(id, me);
		requireRunning(request);
		if (!request.allDecided()) {
			throw RuleViolation.conflict(null, "request.reply.undecided");
		}
		if (letter == null || letter.isBlank()) {
			throw RuleViolation.invalid("letter", "request.letter.required");
		}
		request.reply(today(), letter.strip());
		notifyApplicant(request, me, TimelineType.REPLIED, today(), null, "request.replied");
	}

	/** Records how and when the reply reached the applicant (送达). */
	public void recordDelivery(Me me, long id, Delivery channel, LocalDate deliveredOn) {
		DisclosureRequest request = handled(id, me);
		if (request.status() != RequestStatus.ANSWERED) {
			throw RuleViolation.conflict(null, "request.state.invalid");
		}
		if (channel == null) {
			throw RuleViolation.invalid("channel", "request.delivery.channel.required");
		}
		LocalDate on = deliveredOn != null ? deliveredOn : today();
		if (on.isBefore(request.repliedOn()) || on.isAfter(today())) {
			throw RuleViolation.invalid("deliveredOn", "request.date.outOfRange", request.repliedOn(), today());
		}
		request.delivered(channel, on);
		step(request, me, TimelineType.DELIVERED, on, null, "request.delivered");
	}

	/** Archives an answered and delivered application (办结归档). */
	public void archive(Me me, long id) {
		DisclosureRequest request = handled(id, me);
		if (request.status() != RequestStatus.ANSWERED || request.deliveredOn() == null) {
			throw RuleViolation.conflict(null, "request.archive.undelivered");
		}
		request.close(Closure.ANSWERED, today());
		step(request, me, TimelineType.ARCHIVED, today(), null, "request.archived");
	}

	/** Records a withdrawal the applicant made in person or in writing. */
	public void recordWithdrawal(Me me, long id, LocalDate on) {
		DisclosureRequest request = handled(id, me);
		requireOpen(request);
		LocalDate day = on != null ? on : today();
		if (day.isBefore(request.receivedOn()) || day.isAfter(today())) {
			throw RuleViolation.invalid("withdrawnOn", "request.date.outOfRange", request.receivedOn(), today());
		}
		request.close(Closure.WITHDRAWN, day);
		notifyApplicant(request, me, TimelineType.WITHDRAWN, day, null, "request.withdrawn");
	}

	// Reconsideration and litigation (行政复议, 行政诉讼)

	public void recordAppeal(Me me, long id, AppealKind kind, LocalDate filedOn, String note) {
		DisclosureRequest request = handled(id, me);
		if (request.repliedOn() == null && request.closedOn() == null) {
			throw RuleViolation.conflict(null, "request.appeal.unanswered");
		}
		if (kind == null) {
			throw RuleViolation.invalid("kind", "request.appeal.kind.required");
		}
		if (filedOn == null || filedOn.isAfter(today())) {
			throw RuleViolation.invalid("filedOn", "request.appeal.filedOn");
		}
		request.addAppeal(kind, filedOn, Texts.blankToNull(note));
		step(request, me, TimelineType.APPEAL_RECORDED, filedOn, String.valueOf(kind), "request.appeal.recorded");
	}

	public void decideAppeal(Me me, long id, long appealId, AppealOutcome outcome, LocalDate decidedOn, String note) {
		DisclosureRequest request = handled(id, me);
		Appeal appeal = request.appeal(appealId).orElseThrow(() -> RuleViolation.notFound("request.appeal.notFound"));
		if (outcome == null) {
			throw RuleViolation.invalid("outcome", "request.appeal.outcome.required");
		}
		if (decidedOn == null || decidedOn.isBefore(appeal.filedOn()) || decidedOn.isAfter(today())) {
			throw RuleViolation.invalid("decidedOn", "request.date.outOfRange", appeal.filedOn(), today());
		}
		appeal.decide(outcome, decidedOn, note);
		step(request, me, TimelineType.APPEAL_DECIDED, decidedOn, appeal.kind() + ": " + outcome,
				"request.appeal.decided");
	}

	// Internals

	private CaseView caseView(DisclosureRequest request, Me me) {
		ClockStatement statement = requestClock.statement(request);
		return RequestViews.caseView(request, statement, unitNames(), actions(request, statement, me));
	}

	private CaseView.Actions actions(DisclosureRequest r, ClockStatement statement, Me me) {
		boolean office = RequestPermissions.office(me);
		boolean open = r.status().open();
		boolean running = r.status() == RequestStatus.RECEIVED || r.status() == RequestStatus.IN_PROGRESS;
		LocalDate today = today();
		LocalDate correctionUntil = correctionUntil(r);
		boolean correction = running && !r.correctionAsked()
				&& (correctionUntil == null || !today.isAfter(correctionUntil));
		boolean correctionOpen = r.openStop(StopKind.CORRECTION).isPresent();
		boolean correctionLapsed = r.openStop(StopKind.CORRECTION).map(s -> today.isAfter(s.answerDue())).orElse(false);
		boolean feeOpen = r.openStop(StopKind.FEE).isPresent();
		boolean feeLapsed = r.openStop(StopKind.FEE).map(s -> today.isAfter(s.answerDue())).orElse(false);
		boolean consulting = r.stops().stream().anyMatch(s -> s.kind().consultation() && s.open());
		boolean decidable = running || r.status() == RequestStatus.IN_CONSULTATION;
		return new CaseView.Actions(office && open, correction, correction ? correctionUntil : null, correctionOpen,
				correctionLapsed, decidable, consulting,
				open && !r.extended() && r.proposedExtensionDays() == null && !statement.overdue(),
				me.officeHead() && r.proposedExtensionDays() != null && FourEyes.independent(me, proposers(r)),
				running && properties.feesApply(r.receivedOn()) && r.fee().isEmpty(), feeOpen, feeLapsed, decidable,
				running && r.allDecided(), r.status() == RequestStatus.ANSWERED && r.deliveredOn() == null,
				r.status() == RequestStatus.ANSWERED && r.deliveredOn() != null, open,
				r.repliedOn() != null || r.closedOn() != null);
	}

	private static Set<String> proposers(DisclosureRequest request) {
		return request.proposedExtensionBy() == null ? Set.of() : Set.of(request.proposedExtensionBy());
	}

	/** The last day a correction may be asked for; {@code null} when the rules set no limit (2008). */
	private LocalDate correctionUntil(DisclosureRequest request) {
		int days = request.rules().correctionWithinDays();
		return days == 0 ? null : requestClock.afterWorkingDays(request.receivedOn(), days);
	}

	private int monthlyCount(DisclosureRequest request) {
		LocalDate first = request.receivedOn().withDayOfMonth(1);
		LocalDate last = first.plusMonths(1).minusDays(1);
		return (int) requests.countByApplicantUpTo(request.applicant().idNumber(), first, last, request.id());
	}

	private DisclosureRequest handled(long id, Me me) {
		DisclosureRequest request = load(id);
		RequestPermissions.requireHandle(me, request);
		return request;
	}

	private DisclosureRequest load(long id) {
		return requests.findById(id).orElseThrow(() -> RuleViolation.notFound("request.notFound"));
	}

	private static void requireOpen(DisclosureRequest request) {
		if (!request.status().open()) {
			throw RuleViolation.conflict(null, "request.state.concluded");
		}
	}

	private static void requireRunning(DisclosureRequest request) {
		if (request.status() != RequestStatus.RECEIVED && request.status() != RequestStatus.IN_PROGRESS) {
			throw RuleViolation.conflict(null, request.status().clockStopped() ? "request.state.stopped"
					: "request.state.concluded");
		}
	}

	private void step(DisclosureRequest request, Me me, TimelineType type, LocalDate day, String note,
			String auditAction) {
		request.record(type, day, Instant.now(clock), me.username(), type.visibleToApplicant() ? null : note);
		clockState.refresh(request);
		events.publishEvent(AuditEvent.of(auditAction, "DisclosureRequest",
				request.trackingNumber(), type + (note == null ? "" : ": " + note)));
	}

	private void notifyApplicant(DisclosureRequest request, Me me, TimelineType type, LocalDate day, String note,
			String auditAction) {
		request.record(type, day, Instant.now(clock), me.username(), note);
		clockState.refresh(request);
		events.publishEvent(AuditEvent.of(auditAction, "DisclosureRequest", request.trackingNumber(),
				type + (note == null ? "" : ": " + note)));
		events.publishEvent(new ApplicantNotice(request.trackingNumber(), request.applicant().email(), type, day,
				note));
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}


}
