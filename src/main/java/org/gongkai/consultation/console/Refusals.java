package org.gongkai.consultation.console;

import java.util.Arrays;

import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.CommentStatus;
import org.gongkai.consultation.ConsultationStatus;
import org.gongkai.consultation.Phase;
import org.gongkai.consultation.Rejection;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A facade's refusal as the console shows it: next to the form field it names (through
 * {@link RuleViolation#applyTo}), and its message above the form; 403 and 404 go on to the refusal page.
 */
final class Refusals {

	/** Model attribute of the refusal's message, shown at the top of the page. */
	static final String REFUSAL = "refusal";

	private Refusals() {
	}

	static void show(RuleViolation violation, BindingResult errors, Model model, MessageSource messages) {
		RuleViolation ex = readable(violation);
		if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
			throw ex;
		}
		if (errors != null && ex.field() != null && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(ex.field())) {
			ex.applyTo(errors);
		}
		model.addAttribute(REFUSAL, message(ex, messages));
	}

	static String message(RuleViolation ex, MessageSource messages) {
		return messages.getMessage(resolvable(readable(ex)), LocaleContextHolder.getLocale());
	}

	static DefaultMessageSourceResolvable resolvable(RuleViolation ex) {
		return new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey());
	}

	/** The same violation with enum arguments in words (已截止, not CLOSED). */
	static RuleViolation readable(RuleViolation ex) {
		Object[] args = Arrays.stream(ex.arguments()).map(Refusals::wording).toArray();
		return new RuleViolation(ex.status(), ex.messageKey(), ex.field(), args);
	}

	private static Object wording(Object arg) {
		String key = null;
		if (arg instanceof Phase p) {
			key = p.messageKey();
		}
		else if (arg instanceof ConsultationStatus s) {
			key = s.messageKey();
		}
		else if (arg instanceof CommentStatus s) {
			key = s.messageKey();
		}
		else if (arg instanceof Rejection r) {
			key = r.messageKey();
		}
		else if (arg instanceof Adoption a) {
			key = a.messageKey();
		}
		return key == null ? arg : new DefaultMessageSourceResolvable(key);
	}

}
