package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/** 补正: the applicant is asked once to correct the application; the clock stops and restarts in full. */
@Service
@Transactional
class CaseCorrections {

	private final CaseSteps steps;

	private final RequestProperties properties;

	CaseCorrections(CaseSteps steps, RequestProperties properties) {
		this.steps = steps;
		this.properties = properties;
	}

	void requestCorrection(Me me, long id, String whatToCorrect, LocalDate correctBy) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.REQUEST_CORRECTION, today);
		if (whatToCorrect == null || whatToCorrect.isBlank()) {
			throw RuleViolation.invalid("whatToCorrect", "request.correction.what.required");
		}
		LocalDate by = correctBy != null ? correctBy
				: steps.afterWorkingDays(today, properties.correctionWorkingDays());
		if (!by.isAfter(today)) {
			throw RuleViolation.invalid("correctBy", "request.correction.by.past");
		}
		request.stop(StopKind.CORRECTION, today, by, whatToCorrect.trim());
		steps.notifyApplicant(request, me, TimelineType.CORRECTION_REQUESTED, today,
				whatToCorrect.trim() + " (" + by + ")", "request.correction.requested");
	}

	void recordCorrection(Me me, long id, LocalDate arrivedOn) {
		DisclosureRequest request = steps.handled(id, me);
		steps.require(request, Step.RECORD_CORRECTION, steps.today());
		ClockStop stop = request.openStop(StopKind.CORRECTION).orElseThrow();
		LocalDate on = arrivedOn != null ? arrivedOn : steps.today();
		if (on.isBefore(stop.stoppedOn()) || on.isAfter(steps.today())) {
			throw RuleViolation.invalid("arrivedOn", "request.date.outOfRange", stop.stoppedOn(), steps.today());
		}
		request.resume(stop, on, null, null);
		steps.step(request, me, TimelineType.CORRECTED, on, null, "request.corrected");
	}

	void closeNotCorrected(Me me, long id) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.CLOSE_NOT_CORRECTED, today);
		request.close(Closure.NOT_CORRECTED, today);
		steps.notifyApplicant(request, me, TimelineType.CLOSED_NOT_CORRECTED, today, null,
				"request.closed.notCorrected");
	}

}
