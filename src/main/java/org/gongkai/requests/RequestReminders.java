package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.common.PublicLinks;
import org.gongkai.identity.StaffDirectory;
import org.gongkai.identity.StaffDirectory.Recipient;

/**
 * Deadline reminders (到期提醒), so that no reply period lapses unnoticed: on every working day, to the handlers of
 * the assigned units and to the disclosure office, for each open application whose due date is the configured
 * number of working days away (5 and 2 by default), due today, or past; and once when the other side's deadline of a
 * stop passed (a correction not made, a consultation unanswered, a fee unpaid), so that someone acts on it.
 * <p>
 * Each recipient gets one e-mail per run listing all of their reminders ({@link ReminderDigest}). Each reminder is
 * sent once (a unique row per application, kind and date, {@link ReminderSent}), on any number of nodes: a run is
 * one transaction that first takes the job's lock, so runs on several nodes follow one another and a later one
 * finds the rows of the earlier; the rows and the digests (the mail module's outbox) commit together, so a node that
 * dies mid-run leaves neither a reminder marked sent without its mail nor a mail without its row.
 */
@Component
class RequestReminders {

	private static final Logger log = LoggerFactory.getLogger(RequestReminders.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final int BATCH = 500;

	private final ReminderLedger ledger;

	private final RequestClock requestClock;

	private final RequestProperties properties;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PublicLinks links;

	RequestReminders(ReminderLedger ledger, RequestClock requestClock, RequestProperties properties,
			StaffDirectory directory, MessageSource messages, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, PublicLinks links) {
		this.ledger = ledger;
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

	/** Sends today's reminders not sent yet, in one digest per recipient; returns how many reminders were sent. */
	int remind() {
		LocalDate today = LocalDate.now(clock);
		if (!requestClock.isWorkingDay(today)) {
			return 0;
		}
		long started = System.nanoTime();
		Run run;
		try {
			run = transactions.execute(status -> run(today));
		}
		catch (PessimisticLockingFailureException busy) {
			// Another node held the job's lock past the database's lock timeout: it is sending the same reminders.
			log.info("Deadline reminders: another node is sending them ({})", busy.getMessage());
			return 0;
		}
		// The bench kit reads this line (bench/kit/reminders.py): the job's duration at scale is a target.
		log.info("Deadline reminders: {} sent of {} candidates in {} ms", run.sent, run.candidates,
				(System.nanoTime() - started) / 1_000_000);
		log.info("Deadline reminders: {} digest mails", run.digests.size());
		return run.sent;
	}

	/**
	 * Reads the candidates by indexed queries on the stored clock, batch after batch of ids (running clocks due
	 * before the working day after the furthest reminder, overdue included; open stops whose other side's deadline
	 * passed), records the reminders not sent yet and sends the digests, all in the caller's transaction.
	 */
	private Run run(LocalDate today) {
		ledger.lockJob();
		Run run = new Run(new ReminderRecipients(directory), clock.instant());
		int furthest = properties.reminderWorkingDaysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
		LocalDate dueBefore = requestClock.afterWorkingDays(today, furthest + 1);
		List<ReminderLedger.DueClock> due;
		long after = 0;
		while (!(due = ledger.runningDueBefore(dueBefore, after, BATCH)).isEmpty()) {
			after = due.get(due.size() - 1).requestId();
			run.candidates += due.size();
			run.claim(due.stream().map(candidate -> dueReminder(candidate, today)).flatMap(Optional::stream).toList());
		}
		List<ReminderLedger.LapsedStop> lapsed;
		after = 0;
		while (!(lapsed = ledger.lapsedStops(today, after, BATCH)).isEmpty()) {
			after = lapsed.get(lapsed.size() - 1).stopId();
			run.candidates += lapsed.size();
			run.claim(lapsed.stream().map(this::stopReminder).toList());
		}
		run.digests.values().forEach(digest -> events.publishEvent(digest.mail(today, messages, links)));
		return run;
	}

	/** The due-date reminder of the day, if any: n working days before, on the day, or every day once overdue. */
	private Optional<Reminder> dueReminder(ReminderLedger.DueClock candidate, LocalDate today) {
		LocalDate dueOn = candidate.dueOn();
		if (dueOn.isBefore(today)) {
			int late = requestClock.workingDaysBetween(dueOn, today);
			return Optional.of(new Reminder(candidate.requestId(), candidate.trackingNumber(), Reminder.Urgency.OVERDUE,
					"OVERDUE", today, dueOn, message("request.reminder.overdue", dueOn, late)));
		}
		if (dueOn.equals(today)) {
			return Optional.of(new Reminder(candidate.requestId(), candidate.trackingNumber(),
					Reminder.Urgency.DUE_TODAY, "DUE_TODAY", dueOn, dueOn, message("request.reminder.today")));
		}
		int left = requestClock.workingDaysBetween(today, dueOn);
		if (properties.reminderWorkingDaysBefore().contains(left)) {
			return Optional.of(new Reminder(candidate.requestId(), candidate.trackingNumber(), Reminder.Urgency.DUE_SOON,
					"BEFORE_" + left, dueOn, dueOn, message("request.reminder.before", left, dueOn)));
		}
		return Optional.empty();
	}

	private Reminder stopReminder(ReminderLedger.LapsedStop stop) {
		return new Reminder(stop.requestId(), stop.trackingNumber(), Reminder.Urgency.STOP_LAPSED,
				"STOP_" + stop.kind(), stop.answerDue(), stop.answerDue(),
				message("request.reminder.stopLapsed", message(stop.kind().messageKey()), stop.answerDue()));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	/** One run: the reminders it sent, to whom, and the digests it is building (by address). */
	private final class Run {

		private final ReminderRecipients recipients;

		private final Instant at;

		private final Map<String, ReminderDigest> digests = new LinkedHashMap<>();

		private int candidates;

		private int sent;

		Run(ReminderRecipients recipients, Instant at) {
			this.recipients = recipients;
			this.at = at;
		}

		/** Records the reminders of a batch not sent before and adds them to their recipients' digests. */
		void claim(List<Reminder> due) {
			if (due.isEmpty()) {
				return;
			}
			Set<Reminder.Key> done = ledger.alreadySent(due);
			List<Reminder> fresh = due.stream().filter(reminder -> !done.contains(reminder.key())).toList();
			if (fresh.isEmpty()) {
				return;
			}
			Map<Long, Set<Long>> units = ledger.unitsOf(fresh.stream().map(Reminder::requestId).distinct().toList());
			Map<Reminder.Key, Integer> told = new HashMap<>();
			for (Reminder reminder : fresh) {
				List<Recipient> to = recipients.of(units.getOrDefault(reminder.requestId(), Set.of()));
				told.put(reminder.key(), to.size());
				to.forEach(recipient -> digests.computeIfAbsent(recipient.email(), address -> new ReminderDigest(recipient))
					.add(reminder));
			}
			ledger.recordSent(fresh, told, at);
			sent += fresh.size();
		}

	}

}
