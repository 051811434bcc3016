package org.gongkai.catalogue;

import java.util.Locale;

/**
 * A category as pages and the API see it.
 *
 * @param nameEn its name on English pages, {@code null} where staff have not given one
 */
public record CategoryView(long id, Long parentId, String code, String name, int sortOrder, String nameEn) {

	public CategoryView(long id, Long parentId, String code, String name, int sortOrder) {
		this(id, parentId, code, name, sortOrder, null);
	}

	/** The name a reader of this language sees: the English one on English pages where there is one. */
	public String name(Locale locale) {
		return nameEn != null && locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
	}

}
