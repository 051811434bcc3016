package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.audit.AuditEvent;

/**
 * Recomputes the stored clocks of a batch of applications outside their steps (the start-up back-fill, a calendar
 * change), each batch in two short transactions of its own: the clocks are computed in a read-only one (the
 * calendar is then read once for the whole batch, see {@code WorkingDays}) and stored in a writing one, row by row
 * and only where no step changed the application meanwhile (its version), without bumping the version unless the
 * due date moved (a handler's open form stays valid). When {@code tellApplicants}, an application whose due date moved gets a timeline entry
 * the applicant sees and an e-mail ({@link ApplicantNotice}), like a step.
 */
@Component
class ClockRecompute {

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final Clock clock;

	ClockRecompute(RequestRepository requests, RequestClock requestClock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.events = events;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Recomputes and stores the batch; returns how many due dates moved. */
	int batch(List<Long> ids, boolean tellApplicants) {
		LocalDate today = requestClock.today();
		List<Computed> computed = reading.execute(status -> requests.findWithStops(ids)
			.stream()
			.map(r -> new Computed(r.id(), r.version(), r.dueOn(), r.clockAsOf() != null,
					StoredClock.of(requestClock.statement(r), r.status().open(), today)))
			.toList());
		Integer moved = writing.execute(status -> store(computed, tellApplicants, today));
		return moved == null ? 0 : moved;
	}

	private int store(List<Computed> computed, boolean tellApplicants, LocalDate today) {
		List<Computed> moved = new ArrayList<>();
		for (Computed c : computed) {
			if (requests.storeClock(c.id(), c.version(), c.clock(), c.moved()) && c.moved()) {
				moved.add(c);
			}
		}
		if (tellApplicants && !moved.isEmpty()) {
			Map<Long, DisclosureRequest> loaded = requests.findAllById(moved.stream().map(Computed::id).toList())
				.stream()
				.collect(Collectors.toMap(DisclosureRequest::id, Function.identity()));
			moved.forEach(c -> tell(loaded.get(c.id()), c, today));
		}
		return moved.size();
	}

	private void tell(DisclosureRequest request, Computed c, LocalDate today) {
		String note = c.oldDue() + " → " + c.clock().dueOn();
		request.record(TimelineType.DUE_DATE_MOVED, today, Instant.now(clock), null, note);
		events.publishEvent(AuditEvent.of("request.dueDateMoved", "DisclosureRequest", request.trackingNumber(),
				"calendar changed: " + note).by("system"));
		events.publishEvent(new ApplicantNotice(request.trackingNumber(), request.applicant().email(),
				TimelineType.DUE_DATE_MOVED, today, note));
	}

	/** @param stored whether a clock was stored before (a back-filled row has nothing to move from) */
	private record Computed(long id, long version, LocalDate oldDue, boolean stored, StoredClock clock) {

		boolean moved() {
			return stored && oldDue != null && clock.dueOn() != null && !Objects.equals(oldDue, clock.dueOn());
		}

	}

}
