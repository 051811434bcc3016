package org.gongkai.requests.site;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import org.gongkai.common.RateLimiter;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.ApplicantFiles;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.Applications;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.WantedForm;

/**
 * The public application form (在线申请) and its receipt (回执). Works without JavaScript: adding or removing a
 * requested item is a round trip that keeps everything typed. The form's one-time key makes a double submission
 * one application; the receipt, with its query code, is kept in the applicant's session and shown again to the
 * same browser. Submitting redirects to the receipt (POST-redirect-GET, {@link ReceiptController}).
 */
@Controller
@RequestMapping("/apply")
class ApplyController {

	static final String VIEW = "requests/site/apply";

	private static final String FORM = "applyForm";

	private final ApplicantFiles files;

	private final Applications applications;

	private final ApplicationErrors checks;

	private final DataSize requestLimit;

	private final RateLimiter rateLimiter;

	ApplyController(ApplicantFiles files, Applications applications, ApplicationErrors checks,
			RateLimiter rateLimiter, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize requestLimit) {
		this.rateLimiter = rateLimiter;
		this.files = files;
		this.applications = applications;
		this.checks = checks;
		this.requestLimit = requestLimit;
	}

	@GetMapping
	String form(Model model, HttpServletResponse response) {
		// Private, but kept for the back button: going back shows the same form with the same one-time key.
		response.setHeader("Cache-Control", "private, no-cache");
		model.addAttribute(FORM, ApplyForm.blank());
		return page(model);
	}

	/**
	 * Every button of the form posts here: "add an item", "remove item n" or (Enter, the submit button) submit. One
	 * mapping, so that nothing reads the body before the handler runs and an upload over the server's limit reaches
	 * {@link #tooLarge}.
	 */
	@PostMapping
	String post(@ModelAttribute(FORM) ApplyForm form, BindingResult errors,
			@RequestParam(required = false) String addItem, @RequestParam(required = false) String removeItem,
			Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		NoStore.set(response);
		form.ensureItemRow();
		if (addItem != null) {
			if (form.addItem()) {
				model.addAttribute("focusItem", form.getItems().size() - 1);
			}
			return roundTrip(form, model);
		}
		if (removeItem != null) {
			form.removeItem(index(removeItem));
			return roundTrip(form, model);
		}
		return submit(form, errors, model, request, locale);
	}

	private String submit(ApplyForm form, BindingResult errors, Model model, HttpServletRequest request,
			Locale locale) {
		if (!oneTimeKey(form.getSubmissionKey())) {
			form.setSubmissionKey(UUID.randomUUID().toString());
		}
		String key = form.getSubmissionKey();
		if (KeptReceipts.find(request.getSession(false), key).isPresent()) {
			return receiptRedirect(key);
		}
		List<ApplicantFiles.Upload> uploads = form.uploads(errors);
		checks.validate(form, errors);
		files.problems(uploads).forEach(problem -> problem.applyTo(errors));
		if (errors.hasErrors()) {
			return invalid(form, errors, model, locale);
		}
		// Counted only for an application that would be saved: typing mistakes never use up the limit.
		rateLimiter.check(RateLimits.APPLY);
		Receipt receipt;
		try {
			receipt = submitOnce(form, uploads);
		}
		catch (RuleViolation ex) {
			ex.applyTo(errors);
			return invalid(form, errors, model, locale);
		}
		KeptReceipts.keep(request.getSession(), key, receipt);
		return receiptRedirect(key);
	}

	/**
	 * A request over the server's upload limit arrives without its fields (nothing of it was read): the empty form
	 * again, status 413, with the reason at the upload field.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response, Locale locale) {
		NoStore.set(response);
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		ApplyForm form = ApplyForm.blank();
		BindingResult errors = new BeanPropertyBindingResult(form, FORM);
		errors.rejectValue("files", "apply.files.tooLarge", new Object[] { requestLimit.toMegabytes() }, null);
		model.addAttribute(FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
		model.addAttribute("errorLinks", checks.summary(errors, locale));
		return page(model);
	}

	/**
	 * Saves the application; a parallel twin with the same key (a double click whose first request had not
	 * committed yet) fails on the key's uniqueness (or waits out a lock) and then answers as the repeat it is.
	 */
	private Receipt submitOnce(ApplyForm form, List<ApplicantFiles.Upload> uploads) {
		try {
			return files.submit(form.toApplication(), form.getSubmissionKey(), uploads);
		}
		catch (DataAccessException ex) {
			if (applications.submittedWith(form.getSubmissionKey()).isEmpty()) {
				throw ex;
			}
			return files.submit(form.toApplication(), form.getSubmissionKey(), uploads);
		}
	}

	/** An item added or removed: the form again with everything typed (files cannot be kept: the page says so). */
	private String roundTrip(ApplyForm form, Model model) {
		model.addAttribute("filesDropped", form.hasFiles());
		return page(model);
	}

	private static int index(String value) {
		return value.matches("\\d{1,3}") ? Integer.parseInt(value) : -1;
	}

	private String invalid(ApplyForm form, BindingResult errors, Model model, Locale locale) {
		model.addAttribute("errorLinks", checks.summary(errors, locale));
		model.addAttribute("filesDropped", form.hasFiles());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("kinds", ApplicantKind.values());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("wantedForms", WantedForm.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("maxItems", ApplyForm.MAX_ITEMS);
		model.addAttribute("maxFiles", ApplicantFiles.MAX_FILES);
		model.addAttribute("maxFileMb", ApplicantFiles.MAX_FILE_SIZE.toMegabytes());
		model.addAttribute("maxTotalMb", requestLimit.toMegabytes());
		return VIEW;
	}

	private static boolean oneTimeKey(String key) {
		return key != null && key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	private static String receiptRedirect(String key) {
		return "redirect:/apply/receipt/" + key;
	}

}
