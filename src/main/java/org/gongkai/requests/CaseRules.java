package org.gongkai.requests;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The named conditions the steps are made of ({@link Step}), each with the refusal that names it. Written once: the
 * step services and the case page's list of possible steps both come here.
 */
final class CaseRules {

	private CaseRules() {
	}

	/** The first refusal of {@code rules}, in order, or none. */
	@SafeVarargs
	static Optional<Refusal> first(Supplier<Optional<Refusal>>... rules) {
		return Stream.of(rules).map(Supplier::get).flatMap(Optional::stream).findFirst();
	}

	static Optional<Refusal> unless(boolean allowed, String messageKey, Object... arguments) {
		return allowed ? Optional.empty() : Optional.of(new Refusal(messageKey, arguments));
	}

	/** Not answered or closed yet. */
	static Optional<Refusal> open(DisclosureRequest request) {
		return unless(request.status().open(), "request.state.concluded");
	}

	/** Open and its clock running: no correction, consultation or fee awaited. */
	static Optional<Refusal> running(DisclosureRequest request) {
		RequestStatus status = request.status();
		if (status == RequestStatus.RECEIVED || status == RequestStatus.IN_PROGRESS) {
			return Optional.empty();
		}
		return Optional.of(new Refusal(status.clockStopped() ? "request.state.stopped" : "request.state.concluded"));
	}

	/** Open and not waiting for the applicant (a consultation may be out): items can be decided, parties consulted. */
	static Optional<Refusal> workable(DisclosureRequest request) {
		RequestStatus status = request.status();
		return unless(status == RequestStatus.RECEIVED || status == RequestStatus.IN_PROGRESS
				|| status == RequestStatus.IN_CONSULTATION, "request.state.invalid");
	}

	/** Nothing revives a period that has run out: no extension, correction or fee notice after the due date. */
	static Optional<Refusal> withinPeriod(DisclosureRequest request, StepFacts facts, String messageKey) {
		return unless(!facts.periodExpired(), messageKey, facts.clock().dueDate(), request.rules().periodCitation());
	}

	/** A stop of this kind (a correction or fee awaited from the applicant) is open: its answer can be recorded. */
	static Optional<Refusal> stopOpen(DisclosureRequest request, StopKind kind, String noneKey) {
		return unless(request.openStop(kind).isPresent(), noneKey);
	}

	/** The open stop's date for the applicant has passed: the case can be closed for want of an answer. */
	static Optional<Refusal> stopLapsed(DisclosureRequest request, StepFacts facts, StopKind kind, String notYetDueKey,
			String noneKey) {
		return request.openStop(kind)
			.map(stop -> unless(facts.day().isAfter(stop.answerDue()), notYetDueKey, stop.answerDue()))
			.orElseGet(() -> Optional.of(new Refusal(noneKey)));
	}

}
