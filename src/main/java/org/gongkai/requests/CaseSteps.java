package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;

/**
 * What every step service shares: loading the case it may handle, asking the application whether the step is
 * allowed on its day, and the one funnel through which every step is recorded on the timeline and audited (and the
 * applicant told, for the steps they see).
 */
@Component
class CaseSteps {

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final RequestProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ClockState clockState;

	private final PublishedYearRepository publishedYears;

	CaseSteps(RequestRepository requests, RequestClock requestClock, RequestProperties properties,
			ApplicationEventPublisher events, Clock clock, ClockState clockState,
			PublishedYearRepository publishedYears) {
		this.clockState = clockState;
		this.publishedYears = publishedYears;
		this.requests = requests;
		this.requestClock = requestClock;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	DisclosureRequest load(long id) {
		return requests.findById(id).orElseThrow(() -> RuleViolation.notFound("request.notFound"));
	}

	/** The application, if {@code me} may handle it. */
	DisclosureRequest handled(long id, Me me) {
		DisclosureRequest request = load(id);
		RequestPermissions.requireHandle(me, request);
		return request;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The zone of the office's days (a recording time's day). */
	ZoneId zone() {
		return clock.getZone();
	}

	/**
	 * The day a step is recorded for: the day it happened ({@code given}), or today when none is given. Never in the
	 * future nor before the previous step; the step's own rule then judges that day. Who recorded it and when stays
	 * on the timeline entry.
	 */
	LocalDate dayOf(DisclosureRequest request, LocalDate given, String field) {
		LocalDate today = today();
		if (given == null) {
			return today;
		}
		LocalDate previous = request.lastStepDay();
		if (given.isAfter(today) || given.isBefore(previous)) {
			throw RuleViolation.invalid(field, "request.step.on.outOfRange", previous, today);
		}
		return given;
	}

	/**
	 * The day the annual report counts a step that happened on {@code day} (a conclusion, an appeal filed or decided):
	 * that day, unless the report on its year is published already; then the day it is recorded, so that the published
	 * figures stay as published and the step counts in the report being prepared (see {@link RequestStatistics}).
	 */
	LocalDate countedOn(LocalDate day) {
		return publishedYears.existsById(day.getYear()) ? today() : day;
	}

	/** Refuses {@code step} unless the application's state allows it on {@code day}. */
	void require(DisclosureRequest request, Step step, LocalDate day) {
		request.refusal(step, facts(request, day)).ifPresent(refusal -> {
			throw refusal.violation();
		});
	}

	/** What the rules need to judge a step on {@code day}; a correction follows the rules in force that day. */
	StepFacts facts(DisclosureRequest request, LocalDate day) {
		RuleSet inForce = properties.rulesFor(day);
		return new StepFacts(day, requestClock.statement(request), correctionUntil(request, inForce), inForce,
				properties.feesApply(request.receivedOn()), properties.feesFrom());
	}

	/** The steps {@code me} may take on the case today: what its state allows, less what their role does not. */
	Set<Step> allowedSteps(DisclosureRequest request, Me me) {
		Set<Step> allowed = request.allowedSteps(facts(request, today()));
		if (!RequestPermissions.office(me)) {
			allowed.remove(Step.ASSIGN);
		}
		if (!me.officeHead() || !FourEyes.independent(me, proposers(request))) {
			allowed.remove(Step.DECIDE_EXTENSION);
		}
		return allowed;
	}

	static Set<String> proposers(DisclosureRequest request) {
		return request.proposedExtensionBy() == null ? Set.of() : Set.of(request.proposedExtensionBy());
	}

	/** The last day a correction asked for today may be; {@code null} when the rules in force set no limit (2008). */
	LocalDate correctionUntil(DisclosureRequest request) {
		return correctionUntil(request, properties.rulesFor(today()));
	}

	private LocalDate correctionUntil(DisclosureRequest request, RuleSet inForce) {
		int days = inForce.correctionWithinDays();
		return days == 0 ? null : requestClock.afterWorkingDays(request.receivedOn(), days);
	}

	LocalDate afterWorkingDays(LocalDate from, int days) {
		return requestClock.afterWorkingDays(from, days);
	}

	ClockStatement statement(DisclosureRequest request) {
		return requestClock.statement(request);
	}

	/** Records a step the applicant does not see in detail (its note stays internal) and audits it. */
	void step(DisclosureRequest request, Me me, TimelineType type, LocalDate day, String note, String auditAction) {
		request.record(type, day, Instant.now(clock), me.username(), type.visibleToApplicant() ? null : note);
		clockState.refresh(request);
		events.publishEvent(AuditEvent.of(auditAction, "DisclosureRequest", request.trackingNumber(),
				type + backDated(day) + (note == null ? "" : ": " + note)));
	}

	/** Records a step the applicant is told of (timeline note and mail), and audits it. */
	void notifyApplicant(DisclosureRequest request, Me me, TimelineType type, LocalDate day, String note,
			String auditAction) {
		request.record(type, day, Instant.now(clock), me.username(), note);
		clockState.refresh(request);
		events.publishEvent(AuditEvent.of(auditAction, "DisclosureRequest", request.trackingNumber(),
				type + backDated(day) + (note == null ? "" : ": " + note)));
		events.publishEvent(new ApplicantNotice(request.trackingNumber(), request.applicant().email(), type, day,
				note));
	}

	/** A step recorded for an earlier day says so in the audit log (the entry itself carries when it was recorded). */
	private String backDated(LocalDate day) {
		return day.equals(today()) ? "" : " (" + day + ")";
	}

}
