package org.gongkai.consultation;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The rules of a consultation's period (征求意见期): closing not before opening; at least {@code minimumDays}
 * calendar days, or for a normative document {@code normativeMinimumWorkingDays} working days (holidays and
 * make-up working days from the calendar), counted from the day after opening; shorter only with a reason, which
 * the public page shows.
 */
@Component
class ConsultationPeriods {

	private final WorkingDays workingDays;

	private final ConsultationProperties properties;

	ConsultationPeriods(WorkingDays workingDays, ConsultationProperties properties) {
		this.workingDays = workingDays;
		this.properties = properties;
	}

	LocalDate earliestClosing(LocalDate opensOn, boolean normative) {
		if (normative) {
			return workingDays.dueDate(opensOn, properties.normativeMinimumWorkingDays()).dueDate();
		}
		return opensOn.plusDays(properties.minimumDays());
	}

	void check(LocalDate opensOn, LocalDate closesOn, boolean normative, String reason) {
		if (closesOn.isBefore(opensOn)) {
			throw RuleViolation.invalid("closesOn", "consultation.closesOn.beforeOpening");
		}
		LocalDate earliest = earliestClosing(opensOn, normative);
		if (closesOn.isBefore(earliest) && (reason == null || reason.isBlank())) {
			throw normative
					? RuleViolation.invalid("shortPeriodReason", "consultation.period.tooShortNormative",
							properties.normativeMinimumWorkingDays(), earliest)
					: RuleViolation.invalid("shortPeriodReason", "consultation.period.tooShort",
							properties.minimumDays(), earliest);
		}
	}

	boolean shortened(LocalDate opensOn, LocalDate closesOn, boolean normative) {
		return closesOn.isBefore(earliestClosing(opensOn, normative));
	}

}
