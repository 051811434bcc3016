package org.gongkai.interpretation.web;

import java.time.LocalDate;

import org.gongkai.common.PublicCaching;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.UnitManagement;
import org.gongkai.interpretation.InterpretationFilter;
import org.gongkai.interpretation.InterpretationForm;
import org.gongkai.interpretation.InterpretationSummary;
import org.gongkai.interpretation.InterpretationView;
import org.gongkai.interpretation.Interpretations;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public interpretations (政策解读): a list filtered by unit, form and date of publication, newest first, and
 * each interpretation in its form with a prominent link to the policy it explains. Published ones only.
 */
@Controller
class InterpretationSite {

	private static final int PAGE_SIZE = 20;

	private final Interpretations interpretations;

	private final UnitManagement units;

	private final PublicCaching caching;

	InterpretationSite(Interpretations interpretations, UnitManagement units, PublicCaching caching) {
		this.interpretations = interpretations;
		this.units = units;
		this.caching = caching;
	}

	@GetMapping("/interpretations")
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) InterpretationForm form,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, WebRequest request, Model model) {
		if (from != null && to != null && to.isBefore(from)) {
			throw RuleViolation.invalid("to", "interpretation.filter.toBeforeFrom");
		}
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		int current = Math.max(page, 1);
		Page<InterpretationSummary> found = interpretations
			.publicPage(new InterpretationFilter(null, unit, form, from, to), current - 1, PAGE_SIZE);
		model.addAttribute("items", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(found.getTotalPages(), 1));
		model.addAttribute("found", found);
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("filtered", unit != null || form != null || from != null || to != null);
		model.addAttribute("units", units.active());
		model.addAttribute("forms", InterpretationForm.values());
		return "interpretation/site/list";
	}

	@GetMapping("/interpretations/{id}")
	String page(@PathVariable long id, WebRequest request, Model model) {
		InterpretationView view = interpretations.publicView(id)
			.orElseThrow(() -> RuleViolation.notFound("interpretation.notFound", id));
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("view", view);
		model.addAttribute("i", view.interpretation());
		model.addAttribute("doc", view.document());
		model.addAttribute("others", interpretations.ofPolicy(view.interpretation().policyId())
			.stream()
			.filter(other -> other.id() != id)
			.toList());
		return "interpretation/site/interpretation";
	}

}
