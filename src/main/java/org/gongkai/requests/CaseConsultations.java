package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.Me;

/** 征求意见: third parties (Art. 32) and, under the 2019 rules, co-producing agencies (Art. 34); time not counted. */
@Service
@Transactional
class CaseConsultations {

	private final CaseSteps steps;

	private final RequestProperties properties;

	CaseConsultations(CaseSteps steps, RequestProperties properties) {
		this.steps = steps;
		this.properties = properties;
	}

	void startConsultation(Me me, long id, StopKind kind, String party) {
		DisclosureRequest request = steps.handled(id, me);
		if (kind == null || !kind.consultation()) {
			throw RuleViolation.invalid("kind", "request.consultation.kind");
		}
		if (kind == StopKind.CO_PRODUCER && !request.rules().coProducersConsulted()) {
			throw RuleViolation.invalid("kind", "request.consultation.coProducer2008");
		}
		LocalDate today = steps.today();
		steps.require(request, Step.CONSULT, today);
		if (party == null || party.isBlank()) {
			throw RuleViolation.invalid("party", "request.consultation.party.required");
		}
		request.stop(kind, today, steps.afterWorkingDays(today, properties.consultationWorkingDays()), party.trim());
		steps.step(request, me, TimelineType.CONSULTATION_STARTED, today, null, "request.consultation.started");
	}

	void recordConsultationAnswer(Me me, long id, long stopId, LocalDate answeredOn, ConsultationOutcome outcome,
			String note) {
		DisclosureRequest request = steps.handled(id, me);
		ClockStop stop = request.stopById(stopId)
			.filter(s -> s.kind().consultation() && s.open())
			.orElseThrow(() -> RuleViolation.conflict(null, "request.consultation.none"));
		if (outcome == null) {
			throw RuleViolation.invalid("outcome", "request.consultation.outcome.required");
		}
		LocalDate today = steps.today();
		LocalDate on = answeredOn != null ? answeredOn : today;
		if (on.isBefore(stop.stoppedOn()) || on.isAfter(today)) {
			throw RuleViolation.invalid("answeredOn", "request.date.outOfRange", stop.stoppedOn(), today);
		}
		if (outcome == ConsultationOutcome.NO_ANSWER && !on.isAfter(stop.answerDue())) {
			throw RuleViolation.invalid("outcome", "request.consultation.silenceTooEarly", stop.answerDue());
		}
		request.resume(stop, on, outcome, Texts.blankToNull(note));
		steps.step(request, me, TimelineType.CONSULTATION_ANSWERED, on, null, "request.consultation.answered");
	}

}
