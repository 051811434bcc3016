package org.gongkai.catalogue.site;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Category names in the reader's language for templates that have only a document's category id and Chinese
 * name ({@code ${@categoryNames.of(doc.categoryId(), doc.categoryName())}}): English pages show the English
 * name staff gave the category, else the Chinese one. The names are read once per request.
 */
@Component("categoryNames")
public class CategoryNames {

	private static final String MEMO = CategoryNames.class.getName();

	private final Catalogue catalogue;

	CategoryNames(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public String of(Long id, String chinese) {
		if (id == null || !"en".equals(LocaleContextHolder.getLocale().getLanguage())) {
			return chinese;
		}
		return english().getOrDefault(id, chinese);
	}

	@SuppressWarnings("unchecked")
	private Map<Long, String> english() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> memo) {
			return (Map<Long, String>) memo;
		}
		Map<Long, String> names = new HashMap<>();
		for (CategoryView category : catalogue.categories()) {
			if (category.nameEn() != null) {
				names.put(category.id(), category.nameEn());
			}
		}
		if (request != null) {
			request.setAttribute(MEMO, names, RequestAttributes.SCOPE_REQUEST);
		}
		return names;
	}

}
