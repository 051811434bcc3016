package org.gongkai.requests;

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
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * The handlers' side (办理): the inbox, the case, and every step the rules allow. Each step is taken by the service
 * of its group ({@link CaseAssignment}, {@link CaseCorrections}, {@link CaseConsultations}, {@link CaseExtensions},
 * {@link CaseFees}, {@link CaseReplies}, {@link CaseAppeals}), which asks the application whether its state allows
 * it ({@link Step}) and records it through one funnel ({@link CaseSteps}); the case page's possible steps come from
 * the same rules. A refused step changes nothing and names the article that forbids it.
 */
@Service
@Transactional
public class CaseHandling {

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final CaseSteps steps;

	private final CaseAssignment assignment;

	private final CaseCorrections corrections;

	private final CaseConsultations consultations;

	private final CaseExtensions extensions;

	private final CaseFees fees;

	private final CaseReplies replies;

	private final CaseAppeals appeals;

	CaseHandling(RequestRepository requests, RequestClock requestClock, UnitManagement units,
			ApplicationEventPublisher events, CaseSteps steps, CaseAssignment assignment,
			CaseCorrections corrections, CaseConsultations consultations, CaseExtensions extensions, CaseFees fees,
			CaseReplies replies, CaseAppeals appeals) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.units = units;
		this.events = events;
		this.steps = steps;
		this.assignment = assignment;
		this.corrections = corrections;
		this.consultations = consultations;
		this.extensions = extensions;
		this.fees = fees;
		this.replies = replies;
		this.appeals = appeals;
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

	// The steps, each in the service of its group; every one asks the application whether its state allows it

	/** Assigns the application to one or more units (disclosure office). */
	public void assign(Me me, long id, Set<Long> unitIds) {
		assignment.assign(me, id, unitIds);
	}

	/**
	 * Asks the applicant, once, to correct the application; under the 2019 rules only within 7 working days of
	 * receipt (Art. 30). The clock stops; it restarts in full when the corrected application arrives.
	 */
	public void requestCorrection(Me me, long id, String whatToCorrect, LocalDate correctBy) {
		corrections.requestCorrection(me, id, whatToCorrect, correctBy);
	}

	/** The corrected application arrived on {@code arrivedOn}: the reply period restarts in full from that day. */
	public void recordCorrection(Me me, long id, LocalDate arrivedOn) {
		corrections.recordCorrection(me, id, arrivedOn);
	}

	/** No correction by the set date: the application is treated as abandoned (Art. 30; report row (六)1). */
	public void closeNotCorrected(Me me, long id) {
		corrections.closeNotCorrected(me, id);
	}

	/**
	 * Sends a consultation letter to a third party (Art. 32) or, under the 2019 rules, a co-producing agency
	 * (Art. 34). They have 15 working days; the time is not counted.
	 */
	public void startConsultation(Me me, long id, StopKind kind, String party) {
		consultations.startConsultation(me, id, kind, party);
	}

	/** The consulted party answered (or its 15 working days passed in silence): the clock runs again. */
	public void recordConsultationAnswer(Me me, long id, long stopId, LocalDate answeredOn, ConsultationOutcome outcome,
			String note) {
		consultations.recordConsultationAnswer(me, id, stopId, answeredOn, outcome, note);
	}

	/** A handler proposes an extension; the head of the disclosure office decides (Art. 33). */
	public void proposeExtension(Me me, long id, int days, String reason) {
		extensions.proposeExtension(me, id, days, reason);
	}

	/**
	 * The head of the disclosure office approves or refuses the proposed extension, never one they proposed
	 * themselves ({@link FourEyes}); the applicant is told.
	 */
	public void decideExtension(Me me, long id, boolean approve) {
		extensions.decideExtension(me, id, approve);
	}

	/**
	 * Sends a fee notice under the 2020 rules: per request (counting the applicant's requests of the receipt's month
	 * unless {@code quantity} is given) or per page. The time until payment is not counted.
	 */
	public void noticeFee(Me me, long id, FeeBasis basis, Integer quantity) {
		fees.noticeFee(me, id, basis, quantity);
	}

	/** The fee was paid on {@code paidOn}: the clock runs again. */
	public void recordPayment(Me me, long id, LocalDate paidOn) {
		fees.recordPayment(me, id, paidOn);
	}

	/** Not paid by the notice's deadline: processing ends (report row (六)2). */
	public void closeUnpaid(Me me, long id) {
		fees.closeUnpaid(me, id);
	}

	/**
	 * Decides one requested item with a reply from the fixed list and, where the reply needs one, a ground; links
	 * the catalogue documents that answer it (already disclosed: where; disclosed: what).
	 */
	public void decide(Me me, long id, long itemId, ReplyType reply, Ground ground, String explanation,
			List<Long> documentIds) {
		replies.decide(me, id, itemId, reply, ground, explanation, documentIds);
	}

	/**
	 * Issues the reply (答复告知书) once every item is decided and no stop is open; the letter's text is kept as
	 * issued.
	 */
	public void reply(Me me, long id, String letter) {
		replies.reply(me, id, letter);
	}

	/** Records how and when the reply reached the applicant (送达). */
	public void recordDelivery(Me me, long id, Delivery channel, LocalDate deliveredOn) {
		replies.recordDelivery(me, id, channel, deliveredOn);
	}

	/** Archives an answered and delivered application (办结归档). */
	public void archive(Me me, long id) {
		replies.archive(me, id);
	}

	/** Records a withdrawal the applicant made in person or in writing. */
	public void recordWithdrawal(Me me, long id, LocalDate on) {
		replies.recordWithdrawal(me, id, on);
	}

	/** Records a reconsideration (行政复议) or lawsuit (行政诉讼) against the reply or closure. */
	public void recordAppeal(Me me, long id, AppealKind kind, LocalDate filedOn, String note) {
		appeals.recordAppeal(me, id, kind, filedOn, note);
	}

	/** Records the result of a reconsideration or lawsuit. */
	public void decideAppeal(Me me, long id, long appealId, AppealOutcome outcome, LocalDate decidedOn, String note) {
		appeals.decideAppeal(me, id, appealId, outcome, decidedOn, note);
	}

	// Internals

	private CaseView caseView(DisclosureRequest request, Me me) {
		ClockStatement statement = requestClock.statement(request);
		Set<Step> allowed = steps.allowedSteps(request, me);
		LocalDate correctionUntil = allowed.contains(Step.REQUEST_CORRECTION) ? steps.correctionUntil(request) : null;
		return RequestViews.caseView(request, statement, unitNames(),
				new CaseView.Actions(allowed, correctionUntil));
	}

	private DisclosureRequest load(long id) {
		return steps.load(id);
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
	}

}
