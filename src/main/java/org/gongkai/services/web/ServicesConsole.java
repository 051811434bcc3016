package org.gongkai.services.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.services.GuideDraft;
import org.gongkai.services.GuideIncomplete;
import org.gongkai.services.GuideView;
import org.gongkai.services.MaterialFile;
import org.gongkai.services.ServiceGuides;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the guides of the member's unit (every unit for the office), the form that writes one (a draft may
 * still miss elements; the page lists them), publishing (refused, each missing element marked on the form),
 * withdrawing, and the blank forms and examples of its materials.
 */
@Controller
@RequestMapping("/admin/services")
class ServicesConsole {

	private static final int PAGE_SIZE = 30;

	private static final String FORM = "guideForm";

	private final ServiceGuides guides;

	private final UnitManagement units;

	private final MessageSource messages;

	ServicesConsole(ServiceGuides guides, UnitManagement units, MessageSource messages) {
		this.guides = guides;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Me me = CurrentStaff.require();
		requireWriter(me);
		model.addAttribute("guides", guides.staffPage(me, page, PAGE_SIZE));
		model.addAttribute("mayRecord", org.gongkai.services.RemovedCertificates.mayRecord(me));
		return "services/console/list";
	}

	@GetMapping("/new")
	String newGuide(Model model) {
		Me me = CurrentStaff.require();
		requireWriter(me);
		model.addAttribute(FORM, GuideDraft.empty());
		return form(me, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute(FORM) GuideDraft draft, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		if (!errors.hasErrors()) {
			try {
				String code = guides.create(me, draft, false);
				redirect.addFlashAttribute("flash", Notice.of("services.guide.created", code));
				return "redirect:/admin/services/" + code;
			}
			catch (RuleViolation ex) {
				show(ex, errors, response);
				return form(me, null, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(me, null, model);
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		Me me = CurrentStaff.require();
		GuideView view = guides.staffGuide(me, code);
		model.addAttribute(FORM, view.guide());
		return form(me, view, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute(FORM) GuideDraft draft, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		GuideView view = guides.staffGuide(me, code);
		if (!errors.hasErrors()) {
			try {
				guides.update(me, code, draft, false);
				redirect.addFlashAttribute("flash", Notice.of("services.guide.saved", code));
				return "redirect:/admin/services/" + code;
			}
			catch (RuleViolation ex) {
				show(ex, errors, response);
				return form(me, view, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(me, view, model);
	}

	/** Publishes the guide as saved; a refusal shows the saved guide with each missing element marked. */
	@PostMapping("/{code}/publish")
	String publish(@PathVariable String code, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		try {
			guides.publish(me, code);
			redirect.addFlashAttribute("flash", Notice.of("services.guide.publishedNotice", code));
			return "redirect:/admin/services/" + code;
		}
		catch (RuleViolation ex) {
			GuideView view = guides.staffGuide(me, code);
			BindingResult errors = new BeanPropertyBindingResult(view.guide(), FORM);
			show(ex, errors, response);
			model.addAttribute(FORM, view.guide());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
			return form(me, view, model);
		}
	}

	@PostMapping("/{code}/withdraw")
	String withdraw(@PathVariable String code, RedirectAttributes redirect) {
		guides.withdraw(CurrentStaff.require(), code);
		redirect.addFlashAttribute("flash", Notice.of("services.guide.withdrawnNotice", code));
		return "redirect:/admin/services/" + code;
	}

	@PostMapping("/{code}/files")
	String attach(@PathVariable String code, @RequestParam int material, @RequestParam MaterialFile kind,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		Me me = CurrentStaff.require();
		guides.staffGuide(me, code);
		if (file == null || file.isEmpty()) {
			throw RuleViolation.invalid("file", "services.file.empty", "-");
		}
		guides.attach(me, code, material - 1, kind, file.getOriginalFilename(), file.getBytes());
		redirect.addFlashAttribute("flash", Notice.of("services.file.attached", material));
		return "redirect:/admin/services/" + code + "#files";
	}

	private String form(Me me, GuideView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("mayFeature", org.gongkai.services.FeaturedGuides.mayChoose(me));
		model.addAttribute("featuredOrder", view == null ? null : guides.featuredOrder(view.code()).orElse(null));
		model.addAttribute("units", me.office() || me.admin() ? units.active() : java.util.List.of(units.get(me.unitId())));
		model.addAttribute("levels", org.gongkai.services.ItemLevel.values());
		model.addAttribute("kinds", org.gongkai.services.HandlingKind.values());
		model.addAttribute("themes", org.gongkai.services.ServiceTheme.values());
		model.addAttribute("sources", org.gongkai.services.MaterialSource.values());
		model.addAttribute("media", org.gongkai.services.Medium.values());
		model.addAttribute("necessities", org.gongkai.services.Necessity.values());
		model.addAttribute("fileKinds", MaterialFile.values());
		GuideDraft draft = (GuideDraft) model.getAttribute(FORM);
		model.addAttribute("materialRows", draft.materialRows());
		model.addAttribute("stepRows", draft.stepRows());
		model.addAttribute("faqRows", draft.faqRows());
		return "services/console/form";
	}

	/** Each missing element next to its field; another refusal next to its field or above the form. */
	private void show(RuleViolation ex, BindingResult errors, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		if (ex instanceof GuideIncomplete incomplete) {
			MissingElements.applyTo(incomplete, errors, messages, LocaleContextHolder.getLocale());
			return;
		}
		ex.applyTo(errors);
	}

	private static void requireWriter(Me me) {
		if (!ServiceGuides.maySee(me)) {
			throw RuleViolation.forbidden("services.guide.denied");
		}
	}

}
