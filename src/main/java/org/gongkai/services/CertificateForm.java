package org.gongkai.services;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A certificate removed (证明事项清理): its name, the item or guide it was asked for, who used to issue it, what
 * replaces it, the document that removed it (依据) and the date it stopped being asked for.
 */
public record CertificateForm(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 300) String formerlyFor,
		@Size(max = 300) String issuedBy, @NotNull Replacement replacedBy, @NotBlank @Size(max = 300) String basis,
		@NotNull LocalDate removedOn) {

	public static CertificateForm empty() {
		return new CertificateForm("", "", "", Replacement.PLEDGE, "", null);
	}

}
