package org.gongkai.requests.site;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongkai.common.Notice;
import org.gongkai.common.RateLimiter;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.ApplicantReplies;
import org.gongkai.requests.ApplicantReplies.ReplyKey;
import org.gongkai.requests.Applications;
import org.gongkai.requests.TrackingView;
import org.gongkai.requests.console.TimelineNotes;

/**
 * Tracking an application (办理进度查询) with its tracking number and query code: the status, the clock itemised, the
 * timeline, the items and their replies (with the reply itself once issued: {@link ReplyController}), and withdrawal with a confirmation step. An unknown number and a wrong code
 * get the same answer, 404 included, so the page tells nobody which numbers exist. No applicant data is shown.
 */
@Controller
@RequestMapping("/track")
class TrackController {

	static final String FORM_VIEW = "requests/site/track";

	static final String RESULT_VIEW = "requests/site/tracking";

	private static final String FORM = "trackForm";

	private final Applications applications;

	private final RateLimiter rateLimiter;

	private final ApplicantReplies replies;

	private final TimelineNotes notes;

	TrackController(Applications applications, RateLimiter rateLimiter, ApplicantReplies replies,
			TimelineNotes notes) {
		this.applications = applications;
		this.rateLimiter = rateLimiter;
		this.replies = replies;
		this.notes = notes;
	}

	/** The empty form; {@code number} fills in the tracking number (from the receipt's link), never the code. */
	@GetMapping
	String form(@RequestParam(name = "number", required = false) String number, Model model,
			HttpServletResponse response) {
		NoStore.set(response);
		model.addAttribute(FORM, TrackForm.of(number == null ? null : number.strip()));
		return FORM_VIEW;
	}

	@PostMapping
	String track(@Valid @ModelAttribute(FORM) TrackForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		NoStore.set(response);
		if (errors.hasErrors()) {
			return FORM_VIEW;
		}
		rateLimiter.check(RateLimits.TRACK);
		try {
			TrackingView view = applications.track(form.trackingNumber(), form.queryCode());
			if (view.repliedOn() != null) {
				replies.open(form.trackingNumber(), form.queryCode())
					.ifPresent(reply -> ReplyController.show(reply,
							new ReplyKey(form.trackingNumber(), form.queryCode(), null), model));
			}
			return result(view, form, model);
		}
		catch (RuleViolation ex) {
			return notFound(ex, model, response);
		}
	}

	/** Withdrawal: without {@code confirm=yes} the confirmation page, with it the withdrawal itself. */
	@PostMapping("/withdraw")
	String withdraw(@Valid @ModelAttribute(FORM) TrackForm form, BindingResult errors,
			@RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
		NoStore.set(response);
		if (errors.hasErrors()) {
			return FORM_VIEW;
		}
		rateLimiter.check(RateLimits.TRACK);
		TrackingView view;
		try {
			view = applications.track(form.trackingNumber(), form.queryCode());
			if (!"yes".equals(confirm)) {
				model.addAttribute("view", view);
				return "requests/site/withdraw";
			}
			view = applications.withdraw(form.trackingNumber(), form.queryCode());
		}
		catch (RuleViolation ex) {
			if (ex.status() == HttpStatus.CONFLICT) {
				model.addAttribute("refusal", ex.messageKey());
				return result(applications.track(form.trackingNumber(), form.queryCode()), form, model);
			}
			return notFound(ex, model, response);
		}
		model.addAttribute("flash", Notice.of("track.withdrawn"));
		return result(view, form, model);
	}

	/**
	 * The corrected application (补正), sent online with the query code while a correction is awaited: the reply
	 * period restarts from the day it is received.
	 */
	@PostMapping("/correct")
	String correct(@Valid @ModelAttribute(FORM) TrackForm form, BindingResult errors,
			@ModelAttribute CorrectionForm correction, Model model, HttpServletResponse response) {
		NoStore.set(response);
		if (errors.hasErrors()) {
			return FORM_VIEW;
		}
		rateLimiter.check(RateLimits.TRACK);
		TrackingView view;
		try {
			view = applications.correct(form.trackingNumber(), form.queryCode(), correction.items(),
					correction.getNote());
		}
		catch (RuleViolation ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				return notFound(ex, model, response);
			}
			response.setStatus(ex.status().value());
			model.addAttribute(ex.status() == HttpStatus.CONFLICT ? "refusal" : "correctionError", ex.messageKey());
			return result(applications.track(form.trackingNumber(), form.queryCode()), form, model);
		}
		model.addAttribute("flash", Notice.of("track.correction.sent"));
		return result(view, form, model);
	}

	private String result(TrackingView view, TrackForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("timelineNotes", notes.ofTracking(view.timeline()));
		model.addAttribute(FORM, form);
		return RESULT_VIEW;
	}

	private static String notFound(RuleViolation ex, Model model, HttpServletResponse response) {
		if (ex.status() != HttpStatus.NOT_FOUND) {
			throw ex;
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("notFound", true);
		return FORM_VIEW;
	}

}
