package org.gongkai.catalogue.console;

import java.util.Arrays;
import java.util.Map;

import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.RuleViolation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Refusals of the workflow as people read them: a status such as DRAFT in a message becomes 草稿, a field
 * the service names is shown next to the matching form field, anything else above the page.
 */
final class Violations {

	/** Model attribute of the refusal's message, shown at the top of the page. */
	static final String REFUSAL = "refusal";

	private Violations() {
	}

	/** The same violation with its enum arguments replaced by their wording in the bundles. */
	static RuleViolation readable(RuleViolation ex) {
		Object[] args = Arrays.stream(ex.arguments()).map(Violations::wording).toArray();
		return new RuleViolation(ex.status(), ex.messageKey(), ex.field(), args);
	}

	/**
	 * Puts the violation on the page: at the top, and next to its field when the form has it (service names
	 * mapped through {@code aliases}). 403 and 404 are thrown on to the refusal page.
	 */
	static void show(RuleViolation violation, BindingResult errors, Model model, Map<String, String> aliases,
			MessageSource messages) {
		RuleViolation ex = readable(violation);
		if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
			throw ex;
		}
		String field = ex.field() == null ? null : aliases.getOrDefault(ex.field(), ex.field());
		if (errors != null && field != null && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field)) {
			errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		model.addAttribute(REFUSAL, messages.getMessage(resolvable(ex), LocaleContextHolder.getLocale()));
	}

	static DefaultMessageSourceResolvable resolvable(RuleViolation ex) {
		return new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey());
	}

	private static Object wording(Object arg) {
		String key = null;
		if (arg instanceof DocumentStatus s) {
			key = s.messageKey();
		}
		else if (arg instanceof Validity v) {
			key = v.messageKey();
		}
		else if (arg instanceof Disclosure d) {
			key = d.messageKey();
		}
		else if (arg instanceof ReviewConclusion c) {
			key = c.messageKey();
		}
		return key == null ? arg : new DefaultMessageSourceResolvable(key);
	}

}
