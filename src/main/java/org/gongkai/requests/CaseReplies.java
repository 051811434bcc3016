package org.gongkai.requests;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.Me;

/**
 * 答复: each requested item decided from the fixed list of replies, the reply letter issued, its delivery (送达)
 * recorded, the case archived; and a withdrawal recorded for the applicant.
 */
@Service
@Transactional
class CaseReplies {

	private final CaseSteps steps;

	private final Catalogue catalogue;

	CaseReplies(CaseSteps steps, Catalogue catalogue) {
		this.steps = steps;
		this.catalogue = catalogue;
	}

	void decide(Me me, long id, long itemId, ReplyType reply, Ground ground, String explanation,
			List<Long> documentIds, LocalDate on) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate day = steps.dayOf(request, on, "on");
		steps.require(request, Step.DECIDE, day);
		RequestedItem item = request.item(itemId).orElseThrow(() -> RuleViolation.notFound("request.item.notFound"));
		if (reply == null) {
			throw RuleViolation.invalid("reply", "request.reply.required");
		}
		if (!reply.allowedUnder(request.rules())) {
			throw RuleViolation.invalid("reply", "request.reply.notUnderRules");
		}
		if (reply.needsGround() && ground == null) {
			throw RuleViolation.invalid("ground", "request.ground.required",
					request.rules().cite(reply.article(request.rules())));
		}
		if (reply.needsGround() && !ground.allowedUnder(request.rules())) {
			throw RuleViolation.invalid("ground", "request.ground.notUnderRules");
		}
		List<Long> documents = documentIds == null ? List.of() : documentIds.stream().distinct().toList();
		for (Long documentId : documents) {
			if (documentId == null || catalogue.publicDocument(documentId).isEmpty()) {
				throw RuleViolation.invalid("documentIds", "request.documents.unknown", documentId);
			}
		}
		if (reply == ReplyType.ALREADY_PUBLIC && documents.isEmpty() && Texts.blankToNull(explanation) == null) {
			throw RuleViolation.invalid("documentIds", "request.alreadyPublic.where",
					request.rules().cite(ReplyType.ALREADY_PUBLIC.article(request.rules())));
		}
		if (reply.needsGround() && Texts.blankToNull(explanation) == null) {
			throw RuleViolation.invalid("explanation", "request.explanation.required");
		}
		item.decide(reply, reply.needsGround() ? ground : null, Texts.blankToNull(explanation),
				new LinkedHashSet<>(documents), day, me.username());
		steps.step(request, me, TimelineType.ITEM_DECIDED, day, item.position() + ": " + reply,
				"request.item.decided");
	}

	void reply(Me me, long id, String letter, LocalDate on) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate day = steps.dayOf(request, on, "on");
		steps.require(request, Step.REPLY, day);
		ReplyPackage.requireSomethingDecided(request);
		if (letter == null || letter.isBlank()) {
			throw RuleViolation.invalid("letter", "request.letter.required");
		}
		request.reply(day, letter.strip());
		request.countConclusionOn(steps.countedOn(day));
		steps.notifyApplicant(request, me, TimelineType.REPLIED, day, null, "request.replied");
	}

	void recordDelivery(Me me, long id, Delivery channel, LocalDate deliveredOn) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.RECORD_DELIVERY, today);
		if (channel == null) {
			throw RuleViolation.invalid("channel", "request.delivery.channel.required");
		}
		LocalDate on = deliveredOn != null ? deliveredOn : today;
		LocalDate earliest = ReplyDelivery.earliestDelivery(request, channel, steps.zone());
		if (on.isBefore(earliest) || on.isAfter(today)) {
			throw RuleViolation.invalid("deliveredOn", "request.date.outOfRange", earliest, today);
		}
		request.delivered(channel, on);
		steps.step(request, me, TimelineType.DELIVERED, on, null, "request.delivered");
	}

	void archive(Me me, long id) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.ARCHIVE, today);
		request.close(Closure.ANSWERED, today);
		steps.step(request, me, TimelineType.ARCHIVED, today, null, "request.archived");
	}

	void recordWithdrawal(Me me, long id, LocalDate on) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.WITHDRAW, today);
		LocalDate day = on != null ? on : today;
		if (day.isBefore(request.receivedOn()) || day.isAfter(today)) {
			throw RuleViolation.invalid("withdrawnOn", "request.date.outOfRange", request.receivedOn(), today);
		}
		request.close(Closure.WITHDRAWN, day);
		request.countConclusionOn(steps.countedOn(day));
		steps.notifyApplicant(request, me, TimelineType.WITHDRAWN, day, null, "request.withdrawn");
	}

}
