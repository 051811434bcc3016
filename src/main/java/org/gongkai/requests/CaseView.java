package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An application as its handlers see it on the case page: the applicant in full (each view is audited), the
 * clock, the items with their decisions, the stops, the extension, the fee, the reply and the appeals, and what
 * the signed-in staff member may do next.
 */
public record CaseView(long id, String trackingNumber, long version, RequestStatus status, Channel channel,
		LocalDate receivedOn, RuleSet rules, String registeredBy, ApplicantView applicant, String purpose,
		WantedForm wantedForm, Delivery delivery, List<Long> unitIds, List<String> units, List<ItemView> items,
		List<StopView> stops, ClockStatement clock, ExtensionView extension, FeeView fee, LocalDate repliedOn,
		String replyLetter, Delivery deliveredBy, LocalDate deliveredOn, LocalDate closedOn, Closure closure,
		ReportRow reportRow, String possibleRepeatOf, List<TimelineView> timeline, List<AppealView> appeals,
		Actions actions) {

	public CaseView {
		unitIds = List.copyOf(unitIds);
		units = List.copyOf(units);
		items = List.copyOf(items);
		stops = List.copyOf(stops);
		timeline = List.copyOf(timeline);
		appeals = List.copyOf(appeals);
	}

	/** The applicant; {@code idNumber} in full (this view is for the handlers only), {@code maskedIdNumber} too. */
	public record ApplicantView(ApplicantKind kind, String name, IdType idType, String idNumber,
			String maskedIdNumber, String contactPerson, String phone, String email, String address,
			String postcode) {
	}

	/** A requested item and its decision. */
	public record ItemView(long id, int position, String description, String documentNumber, ReplyType reply,
			Ground ground, String explanation, List<Long> documentIds, LocalDate decidedOn, String decidedBy) {

		public ItemView {
			documentIds = List.copyOf(documentIds);
		}

	}

	/** A stop of the clock with the other side named (staff only). */
	public record StopView(long id, StopKind kind, LocalDate stoppedOn, LocalDate answerDue, LocalDate resumedOn,
			String party, ConsultationOutcome outcome, String note) {

		@JsonProperty
		public boolean open() {
			return resumedOn == null;
		}

	}

	/** The extension granted, or proposed and awaiting the office head. */
	public record ExtensionView(int days, String reason, LocalDate extendedOn, Integer proposedDays,
			String proposedReason, String proposedBy) {
	}

	/** A step of the history with who recorded it. */
	public record TimelineView(TimelineType type, LocalDate day, Instant recordedAt, String actor, String note) {
	}

	/** A reconsideration or lawsuit. */
	public record AppealView(long id, AppealKind kind, LocalDate filedOn, AppealOutcome outcome, LocalDate decidedOn,
			String note) {
	}

	/**
	 * What the viewer may do now: the steps the application's rules allow today ({@link Step}) that the viewer's role
	 * may take; the server asks the same rules again when a step is sent. The API shows both the list and one flag
	 * per step.
	 *
	 * @param correctionUntil the last day a correction may be asked for, {@code null} when no longer possible
	 */
	public record Actions(Set<Step> allowed, LocalDate correctionUntil) {

		public Actions {
			allowed = Set.copyOf(allowed);
		}

		public boolean allows(Step step) {
			return allowed.contains(step);
		}

		@JsonProperty
		public boolean assign() {
			return allows(Step.ASSIGN);
		}

		@JsonProperty
		public boolean requestCorrection() {
			return allows(Step.REQUEST_CORRECTION);
		}

		@JsonProperty
		public boolean recordCorrection() {
			return allows(Step.RECORD_CORRECTION);
		}

		@JsonProperty
		public boolean closeNotCorrected() {
			return allows(Step.CLOSE_NOT_CORRECTED);
		}

		@JsonProperty
		public boolean consult() {
			return allows(Step.CONSULT);
		}

		@JsonProperty
		public boolean recordConsultation() {
			return allows(Step.RECORD_CONSULTATION);
		}

		@JsonProperty
		public boolean proposeExtension() {
			return allows(Step.PROPOSE_EXTENSION);
		}

		@JsonProperty
		public boolean decideExtension() {
			return allows(Step.DECIDE_EXTENSION);
		}

		@JsonProperty
		public boolean noticeFee() {
			return allows(Step.NOTICE_FEE);
		}

		@JsonProperty
		public boolean recordPayment() {
			return allows(Step.RECORD_PAYMENT);
		}

		@JsonProperty
		public boolean closeUnpaid() {
			return allows(Step.CLOSE_UNPAID);
		}

		@JsonProperty
		public boolean decide() {
			return allows(Step.DECIDE);
		}

		@JsonProperty
		public boolean reply() {
			return allows(Step.REPLY);
		}

		@JsonProperty
		public boolean recordDelivery() {
			return allows(Step.RECORD_DELIVERY);
		}

		@JsonProperty
		public boolean archive() {
			return allows(Step.ARCHIVE);
		}

		@JsonProperty
		public boolean withdraw() {
			return allows(Step.WITHDRAW);
		}

		@JsonProperty
		public boolean appeal() {
			return allows(Step.APPEAL);
		}

	}

}
