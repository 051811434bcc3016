package org.gongkai.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import org.gongkai.common.RuleViolation;
import org.gongkai.powers.PowerType;

/**
 * The rules of a case's steps and time limits, without a database: steps in order and none skipped, each dated on a
 * day that has happened and not before the step before it, promised limits within statutory ones, and limits counted
 * in working days from acceptance with the days of a suspension left out.
 */
class ApprovalCaseTest {

	/** A Monday. */
	private static final LocalDate MON = LocalDate.of(2026, 11, 2);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

	private final WeekdayCalendar calendar = new WeekdayCalendar();

	private static ApprovalCase received(LocalDate on, int statutory, int promised) {
		return new ApprovalCase("SP2026-00001", "hash", new CaseSubject("43000001501002", "劳务派遣经营许可",
				PowerType.LICENSING, 7L), new Registration("43000001501002", ApprovalCategory.NEW, "湖南恒信劳务派遣有限公司",
						false, "91430104MA4RCE5N1W", on, statutory, promised), statutory, promised, null, "office",
				Instant.EPOCH);
	}

	private static RuleViolation refusal(Runnable step) {
		try {
			step.run();
		}
		catch (RuleViolation ex) {
			return ex;
		}
		throw new AssertionError("the step was not refused");
	}

	@Test
	void stepsGoInOrderAndNoneIsSkipped() {
		ApprovalCase c = received(MON, 20, 10);
		RuleViolation review = refusal(() -> c.startReview(MON, TODAY));
		assertThat(review.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(review.messageKey()).isEqualTo("approvals.step.order.review");
		assertThat(refusal(() -> c.decide(new Decision(true, MON, "号", "内容", null, MON, null), 0, TODAY)).messageKey())
			.isEqualTo("approvals.step.order.decide");
		assertThat(refusal(() -> c.deliver(MON, TODAY)).messageKey()).isEqualTo("approvals.step.order.deliver");
		assertThat(c.state()).isEqualTo(CaseState.RECEIVED);

		c.accept(MON.plusDays(1), TODAY);
		assertThat(refusal(() -> c.accept(MON.plusDays(1), TODAY)).messageKey()).isEqualTo("approvals.step.order.accept");
		assertThat(refusal(() -> c.refuseAcceptance(MON.plusDays(1), "理由", TODAY)).messageKey())
			.isEqualTo("approvals.step.order.notAccept");
		c.startReview(MON.plusDays(2), TODAY);
		c.decide(new Decision(true, MON.plusDays(3), "湘人社许字〔2026〕1号", "劳务派遣经营", null, MON.plusDays(3), null), 2,
				TODAY);
		c.deliver(MON.plusDays(4), TODAY);
		assertThat(c.state()).isEqualTo(CaseState.DELIVERED);
		assertThat(c.facts().steps()).extracting(CaseFacts.StepView::step)
			.containsExactly("RECEIVED", "ACCEPTED", "UNDER_REVIEW", "APPROVED", "DELIVERED");
	}

	@Test
	void aNonAcceptanceNeedsItsReasonAndEndsTheCase() {
		ApprovalCase c = received(MON, 20, 10);
		RuleViolation blank = refusal(() -> c.refuseAcceptance(MON, " ", TODAY));
		assertThat(blank.field()).isEqualTo("reason");
		assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
		c.refuseAcceptance(MON, "不属于本机关职权范围", TODAY);
		assertThat(c.state()).isEqualTo(CaseState.NOT_ACCEPTED);
		assertThat(refusal(() -> c.accept(MON, TODAY)).messageKey()).isEqualTo("approvals.step.order.accept");
	}

	@Test
	void aStepIsDatedOnADayThatHasHappenedAndNotBeforeTheStepBeforeIt() {
		ApprovalCase c = received(MON.plusDays(2), 20, 10);
		RuleViolation future = refusal(() -> c.accept(TODAY.plusDays(1), TODAY));
		assertThat(future.field()).isEqualTo("day");
		assertThat(future.messageKey()).isEqualTo("approvals.day.future");
		RuleViolation early = refusal(() -> c.accept(MON, TODAY));
		assertThat(early.field()).isEqualTo("day");
		assertThat(early.messageKey()).isEqualTo("approvals.day.beforePrevious");
		assertThat(refusal(() -> c.accept(null, TODAY)).messageKey()).isEqualTo("approvals.day.required");
		assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
		assertThat(c.acceptedOn()).isNull();
		c.accept(TODAY, TODAY);
		assertThat(c.acceptedOn()).isEqualTo(TODAY);
	}

	@Test
	void thePromisedLimitMayNotExceedTheStatutoryOne() {
		RuleViolation over = refusal(() -> CaseRules.requireLimits(20, 21));
		assertThat(over.field()).isEqualTo("promisedDays");
		assertThat(over.messageKey()).isEqualTo("approvals.limits.promisedOverStatutory");
		assertThat(over.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refusal(() -> CaseRules.requireLimits(null, 5)).field()).isEqualTo("statutoryDays");
		CaseRules.requireLimits(20, 20);
	}

	@Test
	void limitsRunInWorkingDaysFromAcceptanceAndSkipHolidays() {
		ApprovalCase c = received(MON, 20, 10);
		c.accept(MON, TODAY);
		// 10 working days after Monday 2 Nov: Monday 16 Nov; with a holiday on Wednesday 4 Nov, Tuesday 17 Nov.
		Deadlines plain = CaseDeadlines.of(c, calendar, MON.plusDays(1));
		assertThat(plain.promisedDue()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(plain.statutoryDue()).isEqualTo(LocalDate.of(2026, 11, 30));
		Deadlines holiday = CaseDeadlines.of(c, new WeekdayCalendar(Set.of(LocalDate.of(2026, 11, 4)), 2100),
				MON.plusDays(1));
		assertThat(holiday.promisedDue()).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(CaseDeadlines.of(c, calendar, LocalDate.of(2026, 11, 16)).overdue()).isFalse();
		assertThat(CaseDeadlines.of(c, calendar, LocalDate.of(2026, 11, 17)).overdue()).isTrue();
	}

	@Test
	void theDaysOfASuspensionAreNotCountedAndWhileItLastsThereIsNoDueDate() {
		ApprovalCase c = received(MON, 20, 10);
		c.accept(MON, TODAY);
		c.startReview(MON, TODAY);
		// Expert review from Tuesday 3 Nov to Tuesday 10 Nov: the 5 working days 4-10 Nov are not counted.
		c.suspend(SuspensionKind.EXPERT_REVIEW, MON.plusDays(1), "专家评审", TODAY);
		Deadlines during = CaseDeadlines.of(c, calendar, MON.plusDays(5));
		assertThat(during.suspended()).isTrue();
		assertThat(during.promisedDue()).isNull();
		assertThat(during.overdue()).isFalse();
		assertThat(refusal(() -> c.decide(new Decision(true, MON.plusDays(5), "号", "内容", null, MON, null), 1, TODAY))
			.messageKey()).isEqualTo("approvals.suspension.stillOpen");
		c.resume(MON.plusDays(8), TODAY);
		Deadlines after = CaseDeadlines.of(c, calendar, MON.plusDays(8));
		assertThat(after.promisedDue()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(after.daysUsed()).isEqualTo(1);
	}

	@Test
	void aSuspensionEndsNoEarlierThanItStartedAndOnlyOneIsOpenAtATime() {
		ApprovalCase c = received(MON, 20, 10);
		c.accept(MON, TODAY);
		c.startReview(MON, TODAY);
		assertThat(refusal(() -> c.resume(MON, TODAY)).messageKey()).isEqualTo("approvals.suspension.none");
		c.suspend(SuspensionKind.HEARING, MON.plusDays(2), null, TODAY);
		assertThat(refusal(() -> c.suspend(SuspensionKind.HEARING, MON.plusDays(3), null, TODAY)).messageKey())
			.isEqualTo("approvals.suspension.alreadyOpen");
		RuleViolation early = refusal(() -> c.resume(MON.plusDays(1), TODAY));
		assertThat(early.field()).isEqualTo("day");
		assertThat(c.suspended()).isTrue();
	}

	@Test
	void aDecisionIsOnTimeWhenWithinThePromisedLimitAndNamesWhatItLacks() {
		ApprovalCase c = received(MON, 20, 10);
		c.accept(MON, TODAY);
		c.startReview(MON, TODAY);
		assertThat(refusal(() -> c.decide(new Decision(true, MON.plusDays(3), "号", " ", null, MON, null), 3, TODAY))
			.field()).isEqualTo("content");
		assertThat(refusal(() -> c.decide(new Decision(false, MON.plusDays(3), "号", null, null, null, null), 3, TODAY))
			.field()).isEqualTo("reason");
		assertThat(refusal(() -> c.decide(new Decision(true, MON.plusDays(3), " ", "内容", null, MON, null), 3, TODAY))
			.field()).isEqualTo("decisionNumber");
		assertThat(refusal(() -> c.decide(new Decision(true, MON.plusDays(3), "号", "内容", null, MON, MON.minusDays(1)), 3,
				TODAY)).field()).isEqualTo("validUntil");
		assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
		c.decide(new Decision(true, MON.plusDays(20), "号", "内容", null, MON, null), 11, TODAY);
		assertThat(c.facts().onTime()).isFalse();
		assertThat(c.facts().workingDaysUsed()).isEqualTo(11);
	}

}
