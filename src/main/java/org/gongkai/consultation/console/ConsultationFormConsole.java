package org.gongkai.consultation.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.ConsultationStatus;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Phase;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the form of a new or draft consultation (everything), and of a published one (its dates only, since
 * comments anchor to its text). The hint under the closing date names the earliest closing date without a reason
 * for the opening date entered (30 days, or 7 working days for a normative document).
 */
@Controller
@RequestMapping("/admin/consultations")
class ConsultationFormConsole {

	static final String VIEW = "consultation/console/form";

	static final String DATES = "consultation/console/dates";

	private final Consultations consultations;

	private final UnitManagement units;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationFormConsole(Consultations consultations, UnitManagement units, MessageSource messages, Clock clock) {
		this.consultations = consultations;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newDraft(Model model) {
		Me me = requireDrafter();
		LocalDate opens = LocalDate.now(clock).plusDays(1);
		model.addAttribute("consultationForm", new ConsultationForm("", "", me.unitId(), "", false, opens,
				consultations.earliestClosing(opens, false), "", ""));
		return render(me, null, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = requireDrafter();
		if (!errors.hasErrors()) {
			try {
				long id = consultations.create(me, form);
				redirect.addFlashAttribute("flash", Notice.of("cc.form.created", form.title().strip()));
				return "redirect:/admin/consultations/" + id;
			}
			catch (RuleViolation ex) {
				Refusals.show(ex, errors, model, messages);
				response.setStatus(ex.status().value());
				return render(me, null, null, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(me, null, null, model);
	}

	@GetMapping("/{id:\\d+}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		ConsultationView view = consultations.staffView(me, id);
		ConsultationForm stored = consultations.form(me, id);
		if (view.status() == ConsultationStatus.DRAFT) {
			model.addAttribute("consultationForm", stored);
			return render(me, view, view.version(), model);
		}
		if (!datesEditable(view)) {
			redirect.addFlashAttribute("flash", Notice.of("cc.form.notEditable"));
			return "redirect:/admin/consultations/" + id;
		}
		model.addAttribute("datesForm", ConsoleForms.Dates.of(stored));
		return renderDates(view, view.version(), model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("consultationForm") ConsultationForm form,
			BindingResult errors, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		ConsultationView view = consultations.staffView(me, id);
		if (!errors.hasErrors()) {
			try {
				consultations.update(me, id, version, form);
				redirect.addFlashAttribute("flash", Notice.of("cc.form.saved", form.title().strip()));
				return "redirect:/admin/consultations/" + id;
			}
			catch (RuleViolation ex) {
				Refusals.show(ex, errors, model, messages);
				response.setStatus(ex.status().value());
				return render(me, view, version, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(me, view, version, model);
	}

	@PostMapping("/{id:\\d+}/dates")
	String reschedule(@PathVariable long id, @Valid @ModelAttribute("datesForm") ConsoleForms.Dates form,
			BindingResult errors, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		ConsultationView view = consultations.staffView(me, id);
		if (!errors.hasErrors()) {
			try {
				consultations.update(me, id, version, form.applyTo(consultations.form(me, id)));
				redirect.addFlashAttribute("flash", Notice.of("cc.form.saved", view.title()));
				return "redirect:/admin/consultations/" + id;
			}
			catch (RuleViolation ex) {
				Refusals.show(ex, errors, model, messages);
				response.setStatus(ex.status().value());
				return renderDates(view, version, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return renderDates(view, version, model);
	}

	static boolean datesEditable(ConsultationView view) {
		return view.status() == ConsultationStatus.PUBLISHED && view.phase() != Phase.CLOSED;
	}

	private String render(Me me, ConsultationView consultation, Long version, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("version", version);
		model.addAttribute("units", draftableBy(me));
		ConsultationForm form = (ConsultationForm) model.getAttribute("consultationForm");
		hints(form == null ? null : form.opensOn(), model);
		return VIEW;
	}

	private String renderDates(ConsultationView consultation, long version, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("version", version);
		ConsoleForms.Dates form = (ConsoleForms.Dates) model.getAttribute("datesForm");
		hints(form == null ? null : form.opensOn(), model);
		return DATES;
	}

	/** The earliest closing dates without a reason, for the opening date as entered (none while it is empty). */
	private void hints(LocalDate opensOn, Model model) {
		if (opensOn != null) {
			model.addAttribute("earliestCalendar", consultations.earliestClosing(opensOn, false));
			model.addAttribute("earliestNormative", consultations.earliestClosing(opensOn, true));
		}
	}

	/** Editors draft for their own unit only; the disclosure office for any active unit. */
	private List<UnitView> draftableBy(Me me) {
		if (me.office()) {
			return units.active();
		}
		return units.all().stream().filter(u -> u.id() == me.unitId()).toList();
	}

	private static Me requireDrafter() {
		Me me = CurrentStaff.require();
		if (!ConsultationListConsole.canCreate(me)) {
			throw RuleViolation.forbidden("consultation.edit.denied");
		}
		return me;
	}

}
