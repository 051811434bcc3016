package org.gongkai.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new or renamed unit needs. The code is fixed once created. */
public record UnitForm(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{unit.code.pattern}") String code,
		@NotBlank @Size(max = 100) String name, @NotNull UnitKind kind, @Min(0) @Max(100000) int sortOrder,
		@Size(max = 100) String nameEn) {

	/** The English name, or none when left blank (English pages then show the Chinese one). */
	String englishName() {
		return nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
	}

	public static UnitForm empty() {
		return new UnitForm("", "", UnitKind.DIVISION, 500, "");
	}

	static UnitForm of(UnitView unit) {
		return new UnitForm(unit.code(), unit.name(), unit.kind(), unit.sortOrder(), unit.nameEn());
	}

}
