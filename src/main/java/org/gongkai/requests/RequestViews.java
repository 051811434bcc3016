package org.gongkai.requests;

import java.util.List;
import java.util.Map;

/** Maps an application to what each audience may see of it. */
final class RequestViews {

	private RequestViews() {
	}

	static TrackingView tracking(DisclosureRequest request, RequestClock clock) {
		boolean answered = request.repliedOn() != null;
		List<TrackingView.Line> timeline = request.timeline()
			.stream()
			.filter(entry -> entry.type().visibleToApplicant())
			.map(entry -> new TrackingView.Line(entry.type(), entry.day(), entry.note()))
			.toList();
		List<TrackingView.TrackedItem> items = request.items()
			.stream()
			.map(item -> new TrackingView.TrackedItem(item.position(), item.description(), item.documentNumber(),
					answered ? item.reply() : null))
			.toList();
		return new TrackingView(request.trackingNumber(), request.status(), request.channel(), request.receivedOn(),
				clock.statement(request), timeline, items, request.fee().map(FeeView::of).orElse(null),
				request.repliedOn(), request.closure(), request.status().open(),
				request.openStop(StopKind.CORRECTION)
					.map(stop -> new TrackingView.AwaitedCorrection(stop.party(), stop.stoppedOn(), stop.answerDue()))
					.orElse(null));
	}

	/** An inbox row from the stored clock; {@code workingDaysLeft} and {@code overdue} are today's. */
	static RequestSummary summary(DisclosureRequest request, int workingDaysLeft, boolean overdue,
			Map<Long, String> unitNames) {
		List<RequestedItem> items = request.items();
		return new RequestSummary(request.id(), request.trackingNumber(), request.applicant().kind(),
				request.applicant().name(), items.isEmpty() ? "" : items.get(0).description(), items.size(),
				request.status(), request.receivedOn(), request.dueOn(), workingDaysLeft, request.clockStopped(),
				overdue, names(request, unitNames), request.possibleRepeatOf(), request.proposedExtensionDays() != null,
				request.dueProvisional());
	}

	static CaseView caseView(DisclosureRequest request, ClockStatement clock, Map<Long, String> unitNames,
			CaseView.Actions actions) {
		Applicant a = request.applicant();
		CaseView.ApplicantView applicant = new CaseView.ApplicantView(a.kind(), a.name(), a.idType(), a.idNumber(),
				IdentityNumbers.mask(a.idNumber()), a.contactPerson(), a.phone(), a.email(), a.address(),
				a.postcode());
		List<CaseView.ItemView> items = request.items()
			.stream()
			.map(i -> new CaseView.ItemView(i.id(), i.position(), i.description(), i.documentNumber(), i.reply(),
					i.ground(), i.explanation(), i.documentIds(), i.decidedOn(), i.decidedBy()))
			.toList();
		List<CaseView.StopView> stops = request.stops()
			.stream()
			.map(s -> new CaseView.StopView(s.id(), s.kind(), s.stoppedOn(), s.answerDue(), s.resumedOn(), s.party(),
					s.outcome(), s.note()))
			.toList();
		CaseView.ExtensionView extension = new CaseView.ExtensionView(request.extensionDays(),
				request.extensionReason(), request.extendedOn(), request.proposedExtensionDays(),
				request.proposedExtensionReason(), request.proposedExtensionBy());
		List<CaseView.TimelineView> timeline = request.timeline()
			.stream()
			.map(t -> new CaseView.TimelineView(t.type(), t.day(), t.recordedAt(), t.actor(), t.note()))
			.toList();
		List<CaseView.AppealView> appeals = request.appeals()
			.stream()
			.map(x -> new CaseView.AppealView(x.id(), x.kind(), x.filedOn(), x.outcome(), x.decidedOn(), x.note()))
			.toList();
		return new CaseView(request.id(), request.trackingNumber(), request.version(), request.status(),
				request.channel(), request.receivedOn(), request.rules(), request.registeredBy(), applicant,
				request.purpose(), request.wantedForm(), request.delivery(), List.copyOf(request.unitIds()),
				names(request, unitNames), items, stops, clock, extension,
				request.fee().map(FeeView::of).orElse(null), request.repliedOn(), request.replyLetter(),
				request.deliveredBy(), request.deliveredOn(), request.closedOn(), request.closure(),
				request.reportRow().orElse(null), request.possibleRepeatOf(), timeline, appeals, actions);
	}

	private static List<String> names(DisclosureRequest request, Map<Long, String> unitNames) {
		return request.unitIds().stream().sorted().map(id -> unitNames.getOrDefault(id, "#" + id)).toList();
	}

}
