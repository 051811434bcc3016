package org.gongkai.approvals;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A case as staff register it (or a row of an import). The limits are read from the item's service guide where it
 * has one; otherwise staff give them.
 *
 * @param powerCode the power item's code
 * @param naturalPerson whether the applicant is a natural person (自然人) rather than an organisation
 * @param applicantCode ID number of a natural person, unified social credit code of an organisation
 * @param receivedOn the day the application was received (收件日期)
 */
@Schema(name = "ApprovalRegistration")
public record Registration(String powerCode, ApprovalCategory category, String applicantName, Boolean naturalPerson,
		String applicantCode, LocalDate receivedOn, Integer statutoryDays, Integer promisedDays) {
}
