package org.gongkai.requests.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.Channel;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.RequestAccess;
import org.gongkai.requests.WantedForm;

/**
 * Registration by the disclosure office of an application received in person, by post or by fax
 * (/admin/requests/new): the public form's fields, the channel and the day received; the receipt with the
 * tracking number and the query code follows.
 */
@Controller
@RequestMapping("/admin/requests/new")
class RegistrationConsole {

	static final int MIN_ITEM_ROWS = 2;

	/** A row of the form for one requested item, with what was typed and its refusals. */
	record ItemRow(int index, String description, String documentNumber, String descriptionError,
			String numberError) {
	}

	private final Applications applications;

	private final CaseHandling handling;

	private final MessageSource messages;

	private final Clock clock;

	RegistrationConsole(Applications applications, CaseHandling handling, MessageSource messages, Clock clock) {
		this.applications = applications;
		this.handling = handling;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		requireOffice();
		model.addAttribute("registration", new Registration(Channel.POST, LocalDate.now(clock)));
		return page(model, 0, List.of());
	}

	/** Registers the application; with {@code addItem} shows one more row for a requested item instead. */
	@PostMapping
	String register(@Valid @ModelAttribute("applicationForm") ApplicationForm application, BindingResult errors,
			@ModelAttribute("registration") Registration registration, BindingResult registrationErrors,
			@RequestParam(required = false) String addItem, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireOffice();
		List<BindingResult> bindings = List.of(errors, registrationErrors);
		if (addItem != null) {
			return page(model, 1, List.of());
		}
		if (errors.hasErrors() || registrationErrors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, 0, bindings);
		}
		try {
			Receipt receipt = applications.register(CurrentStaff.require(), application, registration.channel(), registration.receivedOn());
			long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
			redirect.addFlashAttribute("slip", Registration.Slip.of(id, receipt, registration.channel()));
			return "redirect:/admin/requests/new/receipt";
		}
		catch (RuleViolation ex) {
			ex.applyTo("channel".equals(ex.field()) || "receivedOn".equals(ex.field()) ? registrationErrors : errors);
			response.setStatus(ex.status().value());
			return page(model, 0, bindings);
		}
	}

	/** The receipt, shown once after the registration; afterwards the case page has everything but the code. */
	@GetMapping("/receipt")
	String receipt(Model model) {
		requireOffice();
		return model.containsAttribute("slip") ? "requests/console/receipt" : "redirect:/admin/requests/new";
	}

	private String page(Model model, int extraRows, List<BindingResult> bindings) {
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (BindingResult binding : bindings) {
			binding.getFieldErrors()
				.forEach(error -> fieldErrors.putIfAbsent(error.getField(), error.isBindingFailure()
						? messages.getMessage("requests.console.typeMismatch", null, locale)
						: messages.getMessage(error, locale)));
			binding.getGlobalErrors().forEach(error -> general.add(messages.getMessage(error, locale)));
		}
		model.addAttribute("errors", fieldErrors);
		model.addAttribute("generalErrors", general);
		if (model.getAttribute("applicationForm") == null) {
			model.addAttribute("applicationForm", blank());
		}
		if (model.getAttribute("registration") == null) {
			model.addAttribute("registration", new Registration(null, null));
		}
		List<ApplicationForm.Item> typed = ((ApplicationForm) model.getAttribute("applicationForm")).items();
		List<ItemRow> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(MIN_ITEM_ROWS, typed.size() + extraRows); i++) {
			ApplicationForm.Item item = i < typed.size() ? typed.get(i) : null;
			rows.add(new ItemRow(i, item == null ? "" : item.description(), item == null ? "" : item.documentNumber(),
					fieldErrors.get("items[" + i + "].description"), fieldErrors.get("items[" + i + "].documentNumber")));
		}
		model.addAttribute("itemRows", rows);
		model.addAttribute("kinds", ApplicantKind.values());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("channels", List.of(Channel.IN_PERSON, Channel.POST, Channel.FAX));
		model.addAttribute("wantedForms", WantedForm.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "requests/console/register";
	}

	private static ApplicationForm blank() {
		return new ApplicationForm(ApplicantKind.NATURAL_PERSON, "", IdType.RESIDENT_ID, "", "", "", "", "", "",
				List.of(), "", WantedForm.PAPER, Delivery.POST);
	}

	private static void requireOffice() {
		if (!RequestAccess.office(CurrentStaff.require())) {
			throw RuleViolation.forbidden("request.register.denied");
		}
	}

}
