package org.gongkai.requests.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.CaseFacts;

/**
 * Runs a step of a case for the console: back to the case page with a notice when it is taken (post, redirect,
 * get), or the page again with the refusal next to its field, what was typed kept, and the refusal's status
 * (400, 409). A form read at an older version of the case is refused (409) before anything is tried.
 */
@Component
class CasePage {

	private final CasePageModel pageModel;

	private final CaseFacts facts;

	private final MessageSource messages;

	CasePage(CasePageModel pageModel, CaseFacts facts, MessageSource messages) {
		this.pageModel = pageModel;
		this.facts = facts;
		this.messages = messages;
	}

	String show(long id, Model model) {
		return pageModel.render(id, model);
	}

	/**
	 * Takes {@code step} unless the form {@code form} has binding errors or is stale; 403 and 404 go on to the
	 * refusal page.
	 */
	String act(long id, String form, BindingResult binding, Model model, RedirectAttributes redirect,
			Supplier<Notice> step) {
		if (binding != null && binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldError error : binding.getFieldErrors()) {
				errors.putIfAbsent(error.getField(), error.isBindingFailure() ? text("requests.console.typeMismatch")
						: messages.getMessage(error, LocaleContextHolder.getLocale()));
			}
			return again(id, new Sent(form, errors, null), HttpStatus.BAD_REQUEST, model);
		}
		String version = request().getParameter("version");
		if (version != null && !version.isBlank() && !version.equals(String.valueOf(facts.version(CurrentStaff.require(), id)))) {
			return again(id, new Sent(form, Map.of(), text("requests.console.stale")), HttpStatus.CONFLICT, model);
		}
		try {
			redirect.addFlashAttribute("flash", step.get());
			return "redirect:/admin/requests/" + id + "#main";
		}
		catch (RuleViolation ex) {
			if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			String message = message(ex);
			Sent sent = ex.field() == null ? new Sent(form, Map.of(), message)
					: new Sent(form, Map.of(ex.field(), message), null);
			return again(id, sent, ex.status(), model);
		}
	}

	/** The page again for the form {@code form}, without taking a step (a search for documents to link). */
	String again(long id, Sent sent, HttpStatus status, Model model) {
		model.addAttribute("sent", sent);
		if (sent.message() != null || !sent.errors().isEmpty()) {
			model.addAttribute("refusal",
					sent.message() != null ? sent.message() : sent.errors().values().iterator().next());
		}
		response().setStatus(status.value());
		return pageModel.render(id, model);
	}

	/** A refusal's message in the page's language. */
	String message(RuleViolation ex) {
		return messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey()),
				LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static jakarta.servlet.http.HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static HttpServletResponse response() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
	}

}
