package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.common.PublicLinks;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffDirectory.Recipient;
import org.gongkai.identity.StaffDirectory;
import org.gongkai.mail.OutgoingMail;

/**
 * Deadline reminders (到期提醒), so that no reply period lapses unnoticed: on every working day, to the handlers of
 * the assigned units and to the disclosure office, for each open application whose due date is the configured
 * number of working days away (5 and 2 by default), due today, or past; and once when the other side's deadline of a
 * stop passed (a correction not made, a consultation unanswered, a fee unpaid), so that someone acts on it. Each
 * reminder is sent once (a unique row per application, kind and date), on any number of nodes.
 */
@Component
class RequestReminders {

	private static final Logger log = LoggerFactory.getLogger(RequestReminders.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final int BATCH = 1000;

	private final RequestRepository requests;

	private final ReminderSentRepository sent;

	private final RequestClock requestClock;

	private final RequestProperties properties;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PublicLinks links;

	RequestReminders(RequestRepository requests, ReminderSentRepository sent, RequestClock requestClock,
			RequestProperties properties, StaffDirectory directory, MessageSource messages,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			PublicLinks links) {
		this.requests = requests;
		this.sent = sent;
		this.requestClock = requestClock;
		this.properties = properties;
		this.directory = directory;
		this.messages = messages;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.links = links;
	}

	@Scheduled(cron = "${gongkai.requests.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	void daily() {
		remind();
	}

	/**
	 * Sends today's reminders not sent yet; returns how many applications were reminded of. Only the candidates are
	 * read, by indexed queries on the stored clock, in batches of ids: running clocks due before the working day after
	 * the furthest reminder (overdue included), and open stops whose other side's deadline passed.
	 */
	int remind() {
		LocalDate today = LocalDate.now(clock);
		if (!requestClock.isWorkingDay(today)) {
			return 0;
		}
		long started = System.nanoTime();
		int furthest = properties.reminderWorkingDaysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
		LocalDate dueBefore = requestClock.afterWorkingDays(today, furthest + 1);
		Set<Long> candidates = new TreeSet<>();
		candidates.addAll(ids((after, limit) -> requests.idsRunningDueBefore(dueBefore, after, limit)));
		candidates.addAll(ids((after, limit) -> requests.idsWithLapsedStop(today, after, limit)));
		int reminded = 0;
		for (Long id : candidates) {
			try {
				Integer done = transactions.execute(status -> remindOne(id, today));
				reminded += done == null ? 0 : done;
			}
			catch (DataIntegrityViolationException ex) {
				log.debug("Reminder for application {} already sent by another node", id);
			}
		}
		// The bench kit reads this line (bench/kit/reminders.py): the job's duration at scale is a target.
		log.info("Deadline reminders: {} sent of {} candidates in {} ms", reminded, candidates.size(),
				(System.nanoTime() - started) / 1_000_000);
		return reminded;
	}

	/** Every id a keyset-paged query answers, batch after batch. */
	private static List<Long> ids(BiFunction<Long, Limit, List<Long>> query) {
		List<Long> all = new ArrayList<>();
		List<Long> batch;
		long after = 0;
		while (!(batch = query.apply(after, Limit.of(BATCH))).isEmpty()) {
			all.addAll(batch);
			after = batch.get(batch.size() - 1);
		}
		return all;
	}

	private int remindOne(long id, LocalDate today) {
		DisclosureRequest request = requests.findById(id).orElseThrow();
		List<Reminder> due = new ArrayList<>();
		ClockStatement statement = requestClock.statement(request);
		reminderFor(statement, today).ifPresent(due::add);
		request.stops()
			.stream()
			.filter(stop -> stop.open() && stop.answerDue() != null && today.isAfter(stop.answerDue()))
			.forEach(stop -> due.add(new Reminder("STOP_" + stop.kind(), stop.answerDue(),
					message("request.reminder.stopLapsed", message(stop.kind().messageKey()), stop.answerDue()))));
		int count = 0;
		for (Reminder reminder : due) {
			if (sent.existsByRequestIdAndKindAndDueOn(id, reminder.kind(), reminder.on())) {
				continue;
			}
			List<Recipient> recipients = recipients(request);
			String subject = message("request.reminder.subject", request.trackingNumber(), reminder.text());
			String body = message("request.reminder.body", request.trackingNumber(), request.applicant().kind() == null
					? "" : message(request.applicant().kind().messageKey()), reminder.text(),
					statement.dueDate() == null ? "-" : statement.dueDate(), links.absolute("/admin/requests/" + id));
			recipients.forEach(to -> events.publishEvent(new OutgoingMail(to.email(), subject, body,
					"request.reminder", request.trackingNumber())));
			sent.saveAndFlush(new ReminderSent(id, reminder.kind(), reminder.on(), clock.instant(), recipients.size()));
			count++;
		}
		return count;
	}

	/** The due-date reminder of the day, if any: n working days before, on the day, or every day once overdue. */
	private Optional<Reminder> reminderFor(ClockStatement statement, LocalDate today) {
		if (statement.stopped() || statement.dueDate() == null) {
			return Optional.empty();
		}
		int left = statement.workingDaysLeft();
		if (statement.overdue()) {
			int late = requestClock.workingDaysBetween(statement.dueDate(), today);
			return Optional.of(new Reminder("OVERDUE", today, message("request.reminder.overdue", statement.dueDate(),
					late)));
		}
		if (today.equals(statement.dueDate())) {
			return Optional.of(new Reminder("DUE_TODAY", statement.dueDate(), message("request.reminder.today")));
		}
		if (properties.reminderWorkingDaysBefore().contains(left)) {
			return Optional.of(new Reminder("BEFORE_" + left, statement.dueDate(),
					message("request.reminder.before", left, statement.dueDate())));
		}
		return Optional.empty();
	}

	/** The handlers of the assigned units and the disclosure office, each address once. */
	private List<Recipient> recipients(DisclosureRequest request) {
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		if (!request.unitIds().isEmpty()) {
			directory.withRole(Role.REQUEST_HANDLER, request.unitIds()).forEach(r -> byAddress.putIfAbsent(r.email(), r));
		}
		directory.withRole(Role.DISCLOSURE_OFFICE, Set.of()).forEach(r -> byAddress.putIfAbsent(r.email(), r));
		return List.copyOf(byAddress.values());
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	private record Reminder(String kind, LocalDate on, String text) {
	}

}
