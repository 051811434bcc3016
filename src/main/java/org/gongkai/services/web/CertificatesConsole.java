package org.gongkai.services.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.services.CertificateForm;
import org.gongkai.services.RemovedCertificates;
import org.gongkai.services.Replacement;
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

/** Console: the register of certificates removed (证明事项清理), kept by the disclosure office and administrators. */
@Controller
@RequestMapping("/admin/services/certificates")
class CertificatesConsole {

	private static final String FORM = "certificateForm";

	private final RemovedCertificates certificates;

	CertificatesConsole(RemovedCertificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute(FORM, CertificateForm.empty());
		return show(CurrentStaff.require(), page, model);
	}

	@PostMapping
	String record(@Valid @ModelAttribute(FORM) CertificateForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		if (!errors.hasErrors()) {
			try {
				certificates.record(me, form);
				redirect.addFlashAttribute("flash", Notice.of("services.certificate.recorded", form.name().strip()));
				return "redirect:/admin/services/certificates";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
				response.setStatus(ex.status().value());
				return show(me, 0, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(me, 0, model);
	}

	private String show(Me me, int page, Model model) {
		if (!RemovedCertificates.mayRecord(me)) {
			throw RuleViolation.forbidden("services.certificate.denied");
		}
		model.addAttribute("certificates", certificates.page(page, 50));
		model.addAttribute("replacements", Replacement.values());
		return "services/console/certificates";
	}

}
