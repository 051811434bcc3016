package org.gongkai.identity;

import java.util.Locale;

/**
 * A unit as pages and the API see it.
 *
 * @param nameEn its name on English pages, {@code null} where staff have not given one
 */
public record UnitView(long id, String code, String name, UnitKind kind, boolean active, int sortOrder,
		long staffCount, String nameEn) {

	/** The name a reader of this language sees: the English one on English pages where there is one. */
	public String name(Locale locale) {
		return nameEn != null && locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
	}

}
