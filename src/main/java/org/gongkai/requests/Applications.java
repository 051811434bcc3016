package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.FirstRows;
import org.gongkai.common.QueryCodes;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.Me;

/**
 * The applicant's side of disclosure on application: applying online, staff registering an application that came
 * in person, by post or by fax, tracking it with the tracking number and query code, and withdrawing it.
 */
@Service
@Validated
public class Applications {

	private final RequestRepository requests;

	private final TrackingSerialRepository serials;

	private final FirstRows firstRows;

	private final RequestClock requestClock;

	private final RequestProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ClockState clockState;

	private final TrackingReads trackingReads;

	Applications(RequestRepository requests, TrackingSerialRepository serials, FirstRows firstRows,
			RequestClock requestClock, RequestProperties properties, ApplicationEventPublisher events, Clock clock,
			ClockState clockState, TrackingReads trackingReads) {
		this.clockState = clockState;
		this.trackingReads = trackingReads;
		this.requests = requests;
		this.serials = serials;
		this.firstRows = firstRows;
		this.requestClock = requestClock;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Receives an online application: received today if today is a working day, else on the next working day
	 * (configurable). A second submission with the same {@code submissionKey} (a double click, the back button)
	 * creates nothing and returns the first one's receipt without its query code.
	 */
	@Transactional
	public Receipt apply(@Valid ApplicationForm form, String submissionKey) {
		if (submissionKey != null && !submissionKey.isBlank()) {
			Optional<DisclosureRequest> earlier = requests.findBySubmissionKey(submissionKey);
			if (earlier.isPresent()) {
				return receipt(earlier.get(), null);
			}
		}
		return create(form, Texts.blankToNull(submissionKey), null, Channel.ONLINE, onlineReceiptDate(), null);
	}

	/** Today if a working day, else (configurable) the next working day. */
	private LocalDate onlineReceiptDate() {
		LocalDate today = LocalDate.now(clock);
		if (properties.onlineReceiptNextWorkingDay() && !requestClock.isWorkingDay(today)) {
			return requestClock.afterWorkingDays(today, 1);
		}
		return today;
	}

	/**
	 * Receives an application from the public API with an {@code Idempotency-Key}. A retry from the same client with
	 * the same key and the same body creates nothing and answers the first receipt again, query code included (the
	 * applicant may never have seen the first answer); the same key with another body is refused (422), naming the
	 * header. Another client's key never meets this one ({@link IdempotencyKey}).
	 */
	@Transactional
	public Receipt applyOnce(@Valid ApplicationForm form, IdempotencyKey key) {
		Optional<DisclosureRequest> earlier = requests.findBySubmissionKey(key.scoped());
		if (earlier.isPresent()) {
			String code = earlier.get()
				.queryCodeFor(key)
				.orElseThrow(() -> new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
						"request.idempotencyKey.otherBody", "Idempotency-Key"));
			return receipt(earlier.get(), code);
		}
		return create(form, key.scoped(), key, Channel.ONLINE, onlineReceiptDate(), null);
	}

	/** Whether an application was already made with this form key (the public form's double-submission guard). */
	@Transactional(readOnly = true)
	public Optional<String> submittedWith(String submissionKey) {
		return requests.findBySubmissionKey(submissionKey).map(DisclosureRequest::trackingNumber);
	}

	/**
	 * Registers an application received in person, by post or by fax, on the day staff enter (the signing day for
	 * registered post). Disclosure office only.
	 */
	@Transactional
	public Receipt register(Me me, @Valid ApplicationForm form, Channel channel, LocalDate receivedOn) {
		if (!RequestPermissions.canRegister(me)) {
			throw RuleViolation.forbidden("request.register.denied");
		}
		if (channel == null || channel == Channel.ONLINE) {
			throw RuleViolation.invalid("channel", "request.register.channel");
		}
		if (receivedOn == null) {
			throw RuleViolation.invalid("receivedOn", "request.register.receivedOn.required");
		}
		if (receivedOn.isAfter(LocalDate.now(clock))) {
			throw RuleViolation.invalid("receivedOn", "request.register.receivedOn.future");
		}
		return create(form, null, null, channel, receivedOn, me.username());
	}

	/**
	 * The application as its applicant sees it. An unknown number and a wrong code get the same answer (404), so
	 * that the page tells nobody which tracking numbers exist.
	 */
	@Transactional(readOnly = true)
	public TrackingView track(String trackingNumber, String queryCode) {
		return normalized(trackingNumber).flatMap(number -> trackingReads.find(number, queryCode))
			.orElseThrow(Applications::notFound);
	}

	/** Withdrawal by the applicant (撤回申请), with the query code, while the application is still open. */
	@Transactional
	public TrackingView withdraw(String trackingNumber, String queryCode) {
		DisclosureRequest request = find(trackingNumber, queryCode);
		if (!request.status().open()) {
			throw RuleViolation.conflict(null, "request.withdraw.closed");
		}
		LocalDate today = LocalDate.now(clock);
		request.record(TimelineType.WITHDRAWN, today, Instant.now(clock), null, null);
		request.close(Closure.WITHDRAWN, today);
		clockState.refresh(request);
		events.publishEvent(AuditEvent.of("request.withdrawn", "DisclosureRequest", request.trackingNumber(),
				"withdrawn by the applicant").by("applicant"));
		return RequestViews.tracking(request, requestClock);
	}

	/**
	 * The applicant sends the corrected application online (补正), with the query code, while a correction is
	 * awaited: the requested items are replaced, and the reply period restarts in full from the day it is received
	 * (the next working day when sent on a rest day, as for an application).
	 */
	@Transactional
	public TrackingView correct(String trackingNumber, String queryCode, List<ApplicationForm.Item> items,
			String note) {
		DisclosureRequest request = find(trackingNumber, queryCode);
		ClockStop stop = request.openStop(StopKind.CORRECTION)
			.orElseThrow(() -> RuleViolation.conflict(null, "request.correction.none"));
		List<String[]> corrected = (items == null ? List.<ApplicationForm.Item>of() : items).stream()
			.filter(item -> item != null && !item.blank())
			.map(item -> new String[] { item.description() == null ? "" : item.description().trim(),
					Texts.blankToNull(item.documentNumber()) })
			.toList();
		for (int i = 0; i < corrected.size(); i++) {
			if (corrected.get(i)[0].isEmpty()) {
				throw RuleViolation.invalid("items[" + i + "].description", "request.item.description.required");
			}
			if (corrected.get(i)[0].length() > 2000) {
				throw RuleViolation.invalid("items[" + i + "].description", "request.item.description.tooLong");
			}
		}
		if (corrected.isEmpty()) {
			throw RuleViolation.invalid("items[0].description", "request.items.required");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate receivedOn = today;
		if (properties.onlineReceiptNextWorkingDay() && !requestClock.isWorkingDay(today)) {
			receivedOn = requestClock.afterWorkingDays(today, 1);
		}
		request.replaceItems(corrected);
		request.resume(stop, receivedOn, null, Texts.blankToNull(note));
		request.record(TimelineType.CORRECTED, receivedOn, Instant.now(clock), null,
				note == null || note.isBlank() ? null : note.trim());
		clockState.refresh(request);
		events.publishEvent(AuditEvent.of("request.corrected", "DisclosureRequest", request.trackingNumber(),
				"corrected application received online, " + corrected.size() + " item(s)").by("applicant"));
		return RequestViews.tracking(request, requestClock);
	}

	private DisclosureRequest find(String trackingNumber, String queryCode) {
		return normalized(trackingNumber).flatMap(requests::findForTracking)
			.filter(request -> QueryCodes.matches(queryCode, request.queryCodeHash()))
			.orElseThrow(Applications::notFound);
	}

	private static Optional<String> normalized(String trackingNumber) {
		return Optional.ofNullable(trackingNumber).map(number -> number.trim().toUpperCase(Locale.ROOT));
	}

	/** The one answer to an unknown number and to a wrong code alike. */
	private static RuleViolation notFound() {
		return new RuleViolation(HttpStatus.NOT_FOUND, "request.track.notFound", null);
	}

	/** @param key the API's idempotency key, bound to this application's body; {@code null} for other channels */
	private Receipt create(ApplicationForm form, String submissionKey, IdempotencyKey key, Channel channel,
			LocalDate receivedOn, String registeredBy) {
		RuleSet rules = properties.rulesFor(receivedOn);
		String code = QueryCodes.next();
		Applicant applicant = applicant(form);
		DisclosureRequest request = new DisclosureRequest(nextTrackingNumber(receivedOn.getYear()),
				QueryCodes.hash(code), submissionKey, channel, Instant.now(clock), receivedOn, rules, applicant,
				Texts.blankToNull(form.purpose()), form.wantedForm(), form.delivery(), registeredBy);
		form.items()
			.stream()
			.filter(item -> item != null && !item.blank())
			.forEach(item -> request.addItem(item.description().trim(), Texts.blankToNull(item.documentNumber())));
		if (key != null) {
			request.bindTo(key, code);
		}
		request.record(TimelineType.RECEIVED, receivedOn, Instant.now(clock), registeredBy, null);
		findRepeat(request).ifPresent(request::flagPossibleRepeat);
		clockState.refresh(request);
		requests.save(request);
		events.publishEvent(AuditEvent.of("request.received", "DisclosureRequest", request.trackingNumber(),
				channel + ", received " + receivedOn + ", " + rules + ", " + request.items().size() + " item(s)")
			.by(registeredBy != null ? registeredBy : "applicant"));
		events.publishEvent(new RequestReceived(request.trackingNumber(), applicant.email(), receivedOn,
				requestClock.initialDueDate(receivedOn, rules)));
		return receipt(request, code);
	}

	private Receipt receipt(DisclosureRequest request, String code) {
		ClockStatement clock = requestClock.statement(request);
		return new Receipt(request.trackingNumber(), code, request.receivedOn(), clock.dueDate(),
				!clock.calendarComplete());
	}

	private static Applicant applicant(ApplicationForm form) {
		boolean person = form.kind() == ApplicantKind.NATURAL_PERSON;
		return new Applicant(form.kind(), form.name().trim(), person ? form.idType() : null,
				IdentityNumbers.normalize(form.idNumber()), Texts.blankToNull(form.contactPerson()), form.phone().trim(),
				Texts.blankToNull(form.email()), Texts.blankToNull(form.address()), Texts.blankToNull(form.postcode()));
	}

	/**
	 * An earlier replied application of the same applicant asking for an item with the same description or
	 * document number: flagged for the handler, who decides whether it is a repeat (重复申请).
	 */
	private Optional<String> findRepeat(DisclosureRequest request) {
		List<DisclosureRequest> earlier = requests.findRepliedByApplicant(request.applicant().idNumber());
		for (DisclosureRequest previous : earlier) {
			for (RequestedItem item : request.items()) {
				boolean same = previous.items().stream().anyMatch(old -> sameThing(old, item));
				if (same) {
					return Optional.of(previous.trackingNumber());
				}
			}
		}
		return Optional.empty();
	}

	private static boolean sameThing(RequestedItem a, RequestedItem b) {
		if (a.documentNumber() != null && a.documentNumber().equals(b.documentNumber())) {
			return true;
		}
		return squeeze(a.description()).equals(squeeze(b.description()));
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\\p{Punct}，。、；：？！“”‘’（）《》]", "");
	}

	private String nextTrackingNumber(int year) {
		TrackingSerial serial = serials.lock(year).orElseGet(() -> {
			firstRows.createIfAbsent(new TrackingSerial(year));
			return serials.lock(year).orElseThrow();
		});
		return String.format("%s%d-%05d", properties.trackingPrefix(), year, serial.next());
	}


}
