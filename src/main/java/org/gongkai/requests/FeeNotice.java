package org.gongkai.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** 收费通知: the one fee of a request, its basis and quantity, the deadline and the payment. */
@Embeddable
class FeeNotice {

	@Enumerated(EnumType.STRING)
	@Column(name = "fee_basis")
	private FeeBasis basis;

	@Column(name = "fee_quantity")
	private Integer quantity;

	@Column(name = "fee_amount")
	private Integer amount;

	@Column(name = "fee_notice_on")
	private LocalDate noticeOn;

	@Column(name = "fee_pay_by")
	private LocalDate payBy;

	@Column(name = "fee_paid_on")
	private LocalDate paidOn;

	protected FeeNotice() {
	}

	FeeNotice(FeeBasis basis, int quantity, int amount, LocalDate noticeOn, LocalDate payBy) {
		this.basis = basis;
		this.quantity = quantity;
		this.amount = amount;
		this.noticeOn = noticeOn;
		this.payBy = payBy;
	}

	void paid(LocalDate on) {
		this.paidOn = on;
	}

	FeeBasis basis() {
		return basis;
	}

	Integer quantity() {
		return quantity;
	}

	Integer amount() {
		return amount;
	}

	LocalDate noticeOn() {
		return noticeOn;
	}

	LocalDate payBy() {
		return payBy;
	}

	LocalDate paidOn() {
		return paidOn;
	}

}
