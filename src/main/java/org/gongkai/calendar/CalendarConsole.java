package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console page 工作日历 (staff only): loaded years, one year's rows, adding and deleting a row. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarConsole {

	private final CalendarMaintenance maintenance;

	private final CalendarPage page;

	private final SpringValidatorAdapter validator;

	CalendarConsole(CalendarMaintenance maintenance, CalendarPage page, Validator validator) {
		this.maintenance = maintenance;
		this.page = page;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** Validation messages come from the calendar bundle: {@code calendar.NotBlank.name} and the like. */
	@InitBinder("dayForm")
	void messageCodes(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("calendar.");
		binder.setMessageCodesResolver(codes);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String page(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("dayForm", DayForm.empty());
		return page.render(year, model);
	}

	@PostMapping("/days")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String add(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			validateAfterBindingFailure(binding);
			return page.render(form.date() == null ? null : form.date().getYear(), model);
		}
		try {
			maintenance.add(form.toEntry());
		}
		catch (RuleViolation ex) {
			binding.addError(new FieldError("dayForm", ex.field(), binding.getRawFieldValue(ex.field()), false,
					new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey()));
			return page.render(form.date().getYear(), model);
		}
		redirect.addFlashAttribute("flash", Notice.of("calendar.added", form.date().toString()));
		redirect.addAttribute("year", form.date().getYear());
		return "redirect:/admin/calendar";
	}

	@PostMapping("/days/{date}/delete")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String delete(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, RedirectAttributes redirect) {
		try {
			maintenance.delete(date);
			redirect.addFlashAttribute("flash", Notice.of("calendar.deleted", date.toString()));
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flash", Notice.of(ex.messageKey(), ex.arguments()));
		}
		redirect.addAttribute("year", date.getYear());
		return "redirect:/admin/calendar";
	}

	/**
	 * When a value does not convert (a date such as 2031-02-30), Spring validates none of the record's fields:
	 * check the others here, so that all errors show at once.
	 */
	private void validateAfterBindingFailure(BindingResult binding) {
		if (binding.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
			return;
		}
		for (String field : List.of("date", "kind", "name")) {
			if (!binding.hasFieldErrors(field)) {
				validator.validateValue(DayForm.class, field, binding.getFieldValue(field), binding);
			}
		}
	}

}
