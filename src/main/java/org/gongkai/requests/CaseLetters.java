package org.gongkai.requests;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * The reply letter of a case for its handlers, to print or download: the letter as issued, or the current draft
 * before the reply. Same permission as the case; not audited like the case page, because the letter carries the
 * applicant's name but not the identity number.
 */
@Service
@Transactional(readOnly = true)
public class CaseLetters {

	private static final CaseView.Actions NO_ACTIONS = new CaseView.Actions(Set.of(), null);

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final ReplyLetters letters;

	private final LetterSettings settings;

	CaseLetters(RequestRepository requests, RequestClock requestClock, ReplyLetters letters, LetterSettings settings) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.letters = letters;
		this.settings = settings;
	}

	public LetterView letter(Me me, long id) {
		DisclosureRequest request = requests.findById(id)
			.filter(r -> RequestPermissions.canHandle(me, r.unitIds()))
			.orElseThrow(() -> RuleViolation.notFound("request.notFound"));
		if (request.repliedOn() != null && request.replyLetter() != null) {
			return new LetterView(request.id(), request.trackingNumber(), false, request.repliedOn(),
					settings.agency(), request.replyLetter());
		}
		CaseView view = RequestViews.caseView(request, requestClock.statement(request), Map.of(), NO_ACTIONS);
		return new LetterView(request.id(), request.trackingNumber(), true, null, settings.agency(),
				letters.draft(view));
	}

}
