package org.gongkai.requests;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;

import org.gongkai.common.PublicLinks;
import org.gongkai.identity.StaffDirectory.Recipient;
import org.gongkai.mail.OutgoingMail;

/**
 * One recipient's reminders of a run, sent as one e-mail (a digest, 汇总提醒) instead of one mail per application:
 * grouped by urgency, most urgent first, with the count in the subject. The list is bounded; what does not fit is
 * counted and left to the inbox, which sorts by due date.
 */
final class ReminderDigest {

	/** A mail of more lines is not read line by line: past this the inbox, sorted by due date, is the better list. */
	static final int MAX_LINES = 200;

	static final String PURPOSE = "request.reminder";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Recipient recipient;

	private final TreeSet<Reminder> shown = new TreeSet<>(Reminder.BY_URGENCY);

	private final Map<Reminder.Urgency, Integer> counts = new EnumMap<>(Reminder.Urgency.class);

	private int total;

	ReminderDigest(Recipient recipient) {
		this.recipient = recipient;
	}

	/** Adds a reminder; once the list is full, the least urgent line gives way (it is still counted). */
	void add(Reminder reminder) {
		total++;
		counts.merge(reminder.urgency(), 1, Integer::sum);
		shown.add(reminder);
		if (shown.size() > MAX_LINES) {
			shown.pollLast();
		}
	}

	OutgoingMail mail(LocalDate today, MessageSource messages, PublicLinks links) {
		String subject = message(messages, "request.reminder.digest.subject", today, total);
		StringBuilder body = new StringBuilder()
			.append(message(messages, "request.reminder.digest.greeting", recipient.displayName()))
			.append("\n\n")
			.append(message(messages, "request.reminder.digest.intro", today, total));
		Reminder.Urgency group = null;
		for (Reminder reminder : shown) {
			if (reminder.urgency() != group) {
				group = reminder.urgency();
				body.append("\n\n").append(message(messages, group.messageKey(), counts.get(group)));
			}
			body.append('\n')
				.append(message(messages, "request.reminder.digest.line", reminder.trackingNumber(), reminder.text(),
						reminder.deadline(), links.absolute("/admin/requests/" + reminder.requestId())));
		}
		if (total > shown.size()) {
			body.append("\n\n").append(message(messages, "request.reminder.digest.more", total - shown.size(),
					links.absolute("/admin/requests")));
		}
		body.append("\n\n").append(message(messages, "request.reminder.digest.footer"));
		return new OutgoingMail(recipient.email(), subject, body.toString(), PURPOSE, today.toString());
	}

	private static String message(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}
