package org.gongkai.requests;

import java.time.LocalDate;

/**
 * A step the applicant must be told of (a correction to make, an extension, a fee, the reply, the withdrawal),
 * published in the step's transaction so that an e-mail can follow after commit.
 *
 * @param email the applicant's address, {@code null} when none was given
 * @param note what the applicant reads about the step (no staff names)
 */
public record ApplicantNotice(String trackingNumber, String email, TimelineType type, LocalDate day, String note) {
}
