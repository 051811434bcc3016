package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * Small facts about a case that the console needs around its forms, without the audited full view
 * ({@link CaseHandling#view}): the optimistic-lock version a form was read at, and the applicant's count of
 * applications in the receipt's month that the per-request fee (按件计收) is reckoned from.
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

	private final RequestRepository requests;

	CaseFacts(RequestRepository requests) {
		this.requests = requests;
	}

	/** The case's version now; a form read at another one is stale. */
	public long version(Me me, long id) {
		return handled(me, id).version();
	}

	/** This application's number among the applicant's applications received in the same calendar month. */
	public int monthlyCount(Me me, long id) {
		DisclosureRequest request = handled(me, id);
		LocalDate first = request.receivedOn().withDayOfMonth(1);
		LocalDate last = first.plusMonths(1).minusDays(1);
		return (int) requests.countByApplicantUpTo(request.applicant().idNumber(), first, last, request.id());
	}

	private DisclosureRequest handled(Me me, long id) {
		DisclosureRequest request = requests.findById(id).orElseThrow(() -> RuleViolation.notFound("request.notFound"));
		RequestPermissions.requireHandle(me, request);
		return request;
	}

}
