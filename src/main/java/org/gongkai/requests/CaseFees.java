package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/** 信息处理费 (2020 rules): the notice stops the clock until payment; not paying in time ends processing. */
@Service
@Transactional
class CaseFees {

	private final CaseSteps steps;

	private final RequestRepository requests;

	private final RequestProperties properties;

	CaseFees(CaseSteps steps, RequestRepository requests, RequestProperties properties) {
		this.steps = steps;
		this.requests = requests;
		this.properties = properties;
	}

	void noticeFee(Me me, long id, FeeBasis basis, Integer quantity) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.NOTICE_FEE, today);
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
		LocalDate payBy = steps.afterWorkingDays(today, properties.feePaymentWorkingDays());
		request.noticeFee(new FeeNotice(basis, count, amount, today, payBy));
		request.stop(StopKind.FEE, today, payBy, null);
		steps.notifyApplicant(request, me, TimelineType.FEE_NOTICE, today, amount + " / " + payBy,
				"request.fee.noticed");
	}

	void recordPayment(Me me, long id, LocalDate paidOn) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.RECORD_PAYMENT, today);
		ClockStop stop = request.openStop(StopKind.FEE).orElseThrow();
		LocalDate on = paidOn != null ? paidOn : today;
		if (on.isBefore(stop.stoppedOn()) || on.isAfter(today)) {
			throw RuleViolation.invalid("paidOn", "request.date.outOfRange", stop.stoppedOn(), today);
		}
		request.fee().orElseThrow().paid(on);
		request.resume(stop, on, null, null);
		steps.step(request, me, TimelineType.FEE_PAID, on, null, "request.fee.paid");
	}

	void closeUnpaid(Me me, long id) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.CLOSE_UNPAID, today);
		request.close(Closure.UNPAID, today);
		steps.notifyApplicant(request, me, TimelineType.CLOSED_UNPAID, today, null, "request.closed.unpaid");
	}

	/** The applicant's applications in the receipt's month, this one included (the per-request basis). */
	private int monthlyCount(DisclosureRequest request) {
		LocalDate first = request.receivedOn().withDayOfMonth(1);
		LocalDate last = first.plusMonths(1).minusDays(1);
		return (int) requests.countByApplicantUpTo(request.applicant().idNumber(), first, last, request.id());
	}

}
