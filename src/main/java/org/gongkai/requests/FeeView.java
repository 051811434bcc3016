package org.gongkai.requests;

import java.time.LocalDate;

/** A fee notice (收费通知): basis, quantity, amount in yuan, the notice and pay-by dates, and the payment. */
public record FeeView(FeeBasis basis, int quantity, int amount, LocalDate noticeOn, LocalDate payBy,
		LocalDate paidOn) {

	static FeeView of(FeeNotice fee) {
		return new FeeView(fee.basis(), fee.quantity(), fee.amount(), fee.noticeOn(), fee.payBy(), fee.paidOn());
	}

}
