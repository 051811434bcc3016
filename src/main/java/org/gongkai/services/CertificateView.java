package org.gongkai.services;

import java.time.LocalDate;

/** A row of the public register of certificates removed. */
public record CertificateView(long id, String name, String formerlyFor, String issuedBy, Replacement replacedBy,
		String basis, LocalDate removedOn) {
}
