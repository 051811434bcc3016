package org.gongkai.requests.console;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.Notice;
import org.gongkai.requests.CaseHandling;

/**
 * The steps that stop, restart or lengthen the clock: correction (补正), consultation (征求意见), extension
 * (延期) and fee (收费), each a form of the case page.
 */
@Controller
@RequestMapping("/admin/requests/{id:\\d+}")
class ClockConsole {

	private final CaseHandling handling;

	private final CasePage page;

	ClockConsole(CaseHandling handling, CasePage page) {
		this.handling = handling;
		this.page = page;
	}

	@PostMapping("/correction")
	String requestCorrection(@PathVariable long id, @Valid @ModelAttribute("correctionForm") CaseForms.Correction form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "correction", binding, model, redirect, () -> {
			handling.requestCorrection(CurrentStaff.require(), id, form.whatToCorrect(), form.correctBy(), form.on());
			return Notice.of("requests.console.done.correctionRequested");
		});
	}

	@PostMapping("/correction/arrival")
	String recordCorrection(@PathVariable long id,
			@Valid @ModelAttribute("arrivalForm") CaseForms.CorrectionArrival form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return page.act(id, "arrival", binding, model, redirect, () -> {
			handling.recordCorrection(CurrentStaff.require(), id, form.arrivedOn());
			return Notice.of("requests.console.done.corrected");
		});
	}

	@PostMapping("/correction/close")
	String closeNotCorrected(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return page.act(id, "notCorrected", null, model, redirect, () -> {
			handling.closeNotCorrected(CurrentStaff.require(), id);
			return Notice.of("requests.console.done.closedNotCorrected");
		});
	}

	@PostMapping("/consultations")
	String consult(@PathVariable long id, @Valid @ModelAttribute("consultationForm") CaseForms.Consultation form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "consultation", binding, model, redirect, () -> {
			handling.startConsultation(CurrentStaff.require(), id, form.kind(), form.party(), form.on());
			return Notice.of("requests.console.done.consultationStarted");
		});
	}

	@PostMapping("/consultations/{stopId:\\d+}/answer")
	String answer(@PathVariable long id, @PathVariable long stopId,
			@Valid @ModelAttribute("answerForm") CaseForms.ConsultationAnswer form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return page.act(id, "answer-" + stopId, binding, model, redirect, () -> {
			handling.recordConsultationAnswer(CurrentStaff.require(), id, stopId, form.answeredOn(), form.outcome(), form.note());
			return Notice.of("requests.console.done.consultationAnswered");
		});
	}

	@PostMapping("/extension")
	String proposeExtension(@PathVariable long id, @Valid @ModelAttribute("extensionForm") CaseForms.Extension form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "extension", binding, model, redirect, () -> {
			handling.proposeExtension(CurrentStaff.require(), id, form.days() == null ? 0 : form.days(), form.reason(),
					form.on());
			return Notice.of("requests.console.done.extensionProposed");
		});
	}

	@PostMapping("/extension/decision")
	String decideExtension(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on, Model model,
			RedirectAttributes redirect) {
		return page.act(id, "extensionDecision", null, model, redirect, () -> {
			handling.decideExtension(CurrentStaff.require(), id, approve, on);
			return Notice.of(approve ? "requests.console.done.extended" : "requests.console.done.extensionRefused");
		});
	}

	@PostMapping("/fee")
	String noticeFee(@PathVariable long id, @Valid @ModelAttribute("feeForm") CaseForms.Fee form,
			BindingResult binding, @RequestParam(required = false) String preview, Model model,
			RedirectAttributes redirect) {
		if (preview != null && !binding.hasErrors()) {
			return page.again(id, new Sent("fee", Map.of(), null), HttpStatus.OK, model);
		}
		return page.act(id, "fee", binding, model, redirect, () -> {
			handling.noticeFee(CurrentStaff.require(), id, form.basis(), form.quantity(), form.on());
			return Notice.of("requests.console.done.feeNoticed");
		});
	}

	@PostMapping("/fee/payment")
	String recordPayment(@PathVariable long id, @Valid @ModelAttribute("paymentForm") CaseForms.Payment form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "payment", binding, model, redirect, () -> {
			handling.recordPayment(CurrentStaff.require(), id, form.paidOn());
			return Notice.of("requests.console.done.paid");
		});
	}

	@PostMapping("/fee/close")
	String closeUnpaid(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return page.act(id, "unpaid", null, model, redirect, () -> {
			handling.closeUnpaid(CurrentStaff.require(), id);
			return Notice.of("requests.console.done.closedUnpaid");
		});
	}

}
