package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.gongkai.common.FileTypes;
import org.gongkai.common.QueryCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every place that changes the case of a name or number and then cuts it: file extensions, identity numbers,
 * query codes. Unicode case mappings change lengths (İ, ß) and a Turkish default locale changes i/I; the answers
 * must not move.
 */
class CaseMappingTest {

	private final Locale before = Locale.getDefault();

	@AfterEach
	void restore() {
		Locale.setDefault(before);
	}

	@Test
	void fileExtensionsAreFoundAfterNamesThatChangeLengthWhenCaseMapped() {
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		assertThat(ApplicantFileTypes.byName("İİİİßΣς.PDF")).contains(ApplicantFileTypes.PDF);
		assertThat(ApplicantFileTypes.byName("ＡＢＣ.JPEG")).contains(ApplicantFileTypes.JPEG);
		assertThat(ApplicantFileTypes.byName("photo.ＰＤＦ")).isEmpty();
		assertThat(FileTypes.byName("İSTANBUL.PDF")).contains(FileTypes.PDF);
		assertThat(FileTypes.byName("straße.XLSX")).isEqualTo(FileTypes.byName("a.xlsx"));
	}

	@Test
	void identityNumbersAreMaskedWhateverTheirCase() {
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		String normalized = IdentityNumbers.normalize(" 43010419900101123x ");
		assertThat(normalized).isEqualTo("43010419900101123X");
		assertThat(IdentityNumbers.mask(IdentityNumbers.normalize("ßıi0000000"))).hasSize("SSII0000000".length())
			.startsWith("SS");
	}

	@Test
	void queryCodesMatchInAnyCaseUnderATurkishDefaultLocale() {
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		String code = QueryCodes.next();
		assertThat(QueryCodes.matches(code.toLowerCase(Locale.ROOT), QueryCodes.hash(code))).isTrue();
	}

}
