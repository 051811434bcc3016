package org.gongkai.publicity.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.publicity.FieldProblem;
import org.gongkai.publicity.InvalidRecord;
import org.gongkai.publicity.PenaltyCategory;
import org.gongkai.publicity.Publicity;
import org.gongkai.publicity.PublicityDraft;
import org.gongkai.publicity.PublicityImport;
import org.gongkai.publicity.PublicityKind;
import org.gongkai.publicity.PublicityPermissions;
import org.gongkai.publicity.RecordSource;
import org.gongkai.publicity.RecordStatus;
import org.gongkai.publicity.StaffFilter;
import org.gongkai.publicity.StaffRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console of 双公示: the unit's records with their deadlines (overdue first in the badge), the forms that register
 * a licensing or penalty decision, a record's page (unmasked; the view is audited) where another member publishes
 * it, and where it is corrected or withdrawn with a reason; the import of a table of decisions.
 */
@Controller
@RequestMapping("/admin/publicity")
class PublicityConsole {

	private static final int PAGE_SIZE = 50;

	private final Publicity publicity;

	private final PublicityImport imports;

	private final String authority;

	PublicityConsole(Publicity publicity, PublicityImport imports,
			@Value("${gongkai.site.host-organization}") String authority) {
		this.publicity = publicity;
		this.imports = imports;
		this.authority = authority;
	}

	@GetMapping
	String list(@RequestParam(required = false) PublicityKind kind, @RequestParam(required = false) RecordStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		StaffFilter filter = new StaffFilter(kind, status, overdue, PublicitySite.blank(q));
		model.addAttribute("rows", publicity.page(CurrentStaff.require(), filter, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", PublicityKind.values());
		model.addAttribute("statuses", RecordStatus.values());
		return "publicity/console/list";
	}

	@GetMapping("/new")
	String newRecord(@RequestParam(defaultValue = "LICENSING") PublicityKind kind, Model model) {
		requireSee();
		model.addAttribute("form", PublicityForm.empty(kind, authority));
		return formPage(model, null);
	}

	@PostMapping("/new")
	String register(@ModelAttribute("form") PublicityForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		try {
			long id = publicity.register(me, draft(form), RecordSource.FORM);
			redirect.addFlashAttribute("flash", Notice.of("publicity.console.registered"));
			return "redirect:/admin/publicity/" + id;
		}
		catch (RuleViolation ex) {
			show(ex, errors, response);
			return formPage(model, null);
		}
	}

	@GetMapping("/{id}")
	String record(@PathVariable long id, Model model) {
		model.addAttribute("record", publicity.record(CurrentStaff.require(), id));
		return "publicity/console/record";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		StaffRecord record = publicity.record(CurrentStaff.require(), id);
		model.addAttribute("form", PublicityForm.of(record.fields()));
		return formPage(model, record);
	}

	@PostMapping("/{id}/edit")
	String correct(@PathVariable long id, @ModelAttribute("form") PublicityForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		try {
			publicity.correct(me, id, draft(form), form.getReason());
			redirect.addFlashAttribute("flash", Notice.of("publicity.console.corrected"));
			return "redirect:/admin/publicity/" + id;
		}
		catch (RuleViolation ex) {
			show(ex, errors, response);
			return formPage(model, publicity.record(me, id));
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		publicity.publish(CurrentStaff.require(), id);
		redirect.addFlashAttribute("flash", Notice.of("publicity.console.published"));
		return "redirect:/admin/publicity/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		try {
			publicity.withdraw(me, id, reason);
			redirect.addFlashAttribute("flash", Notice.of("publicity.console.withdrawn"));
			return "redirect:/admin/publicity/" + id;
		}
		catch (RuleViolation ex) {
			if (ex.status().value() == 403 || ex.status().value() == 404) {
				throw ex;
			}
			response.setStatus(ex.status().value());
			model.addAttribute("record", publicity.record(me, id));
			model.addAttribute("withdrawError", ex.messageKey());
			return "publicity/console/record";
		}
	}

	@GetMapping("/import")
	String importForm(Model model) {
		requireSee();
		model.addAttribute("kinds", PublicityKind.values());
		return "publicity/console/import";
	}

	@PostMapping("/import")
	String upload(@RequestParam(defaultValue = "LICENSING") PublicityKind kind,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "check") String action,
			Model model, HttpServletResponse response) throws IOException {
		Me me = CurrentStaff.require();
		requireSee();
		model.addAttribute("kinds", PublicityKind.values());
		model.addAttribute("kind", kind);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "publicity.import.unreadable.EMPTY");
			response.setStatus(422);
			return "publicity/console/import";
		}
		try {
			PublicityImport.Report report = imports.run(me, kind, file.getBytes(), !"import".equals(action));
			model.addAttribute("report", report);
			model.addAttribute("fileName", file.getOriginalFilename());
			if (!report.ok()) {
				response.setStatus(422);
			}
		}
		catch (RuleViolation ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", ex.arguments());
			response.setStatus(ex.status().value());
		}
		return "publicity/console/import";
	}

	private static PublicityDraft draft(PublicityForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		PublicityDraft draft = form.draft(problems);
		if (!problems.isEmpty()) {
			throw new InvalidRecordOfForm(problems);
		}
		return draft;
	}

	private String formPage(Model model, StaffRecord record) {
		model.addAttribute("record", record);
		model.addAttribute("categories", PenaltyCategory.values());
		return "publicity/console/form";
	}

	/** Shows every problem next to its field. */
	private static void show(RuleViolation ex, Errors errors, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		List<FieldProblem> problems = ex instanceof InvalidRecord invalid ? invalid.problems()
				: ex instanceof InvalidRecordOfForm form ? form.problems : null;
		if (problems == null) {
			ex.applyTo(errors);
			return;
		}
		problems.forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
	}

	private static void requireSee() {
		if (!PublicityPermissions.maySee(CurrentStaff.require())) {
			throw RuleViolation.forbidden("publicity.denied");
		}
	}

	/** Dates or choices the form could not read: shown like the facade's problems, nothing saved. */
	static final class InvalidRecordOfForm extends RuleViolation {

		private final transient List<FieldProblem> problems;

		InvalidRecordOfForm(List<FieldProblem> problems) {
			super(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, problems.get(0).messageKey(),
					problems.get(0).field(), problems.get(0).arguments());
			this.problems = problems;
		}

	}

}
