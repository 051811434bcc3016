package org.gongkai.powers.web;

import java.time.LocalDate;

import org.gongkai.common.PublicCaching;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.UnitManagement;
import org.gongkai.powers.PowerDetails;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.PowerRow;
import org.gongkai.powers.PowerStatus;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.BasisArticles;
import org.gongkai.powers.Powers;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public power list (权责清单): filtered by type, unit, status and words, as it stood on any day; each item
 * with every column and its whole history.
 */
@Controller
class PowerSite {

	private static final int PAGE_SIZE = 30;

	private final Powers powers;

	private final BasisArticles articles;

	private final UnitManagement units;

	private final PublicCaching caching;

	PowerSite(Powers powers, BasisArticles articles, UnitManagement units, PublicCaching caching) {
		this.powers = powers;
		this.articles = articles;
		this.units = units;
		this.caching = caching;
	}

	@GetMapping("/powers")
	String list(@RequestParam(required = false) PowerType type, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) PowerStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "1") int page, WebRequest request, Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		PowerFilter filter = new PowerFilter(type, unit, status, q, asOf);
		int current = Math.max(page, 1);
		Page<PowerRow> found = powers.page(filter, current - 1, PAGE_SIZE);
		model.addAttribute("rows", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(found.getTotalPages(), 1));
		model.addAttribute("found", found);
		model.addAttribute("filter", filter);
		model.addAttribute("day", asOf);
		model.addAttribute("units", units.active());
		model.addAttribute("types", PowerType.values());
		model.addAttribute("statuses", PowerStatus.values());
		return "powers/site/list";
	}

	@GetMapping("/powers/{code}")
	String item(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			WebRequest request, Model model) {
		PowerDetails item = powers.item(code, asOf).orElseThrow(() -> RuleViolation.notFound("powers.notFound", code));
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("item", item);
		model.addAttribute("day", asOf);
		model.addAttribute("laws", powers.linkedLaws(item));
		model.addAttribute("articles", articles.of(item));
		return "powers/site/item";
	}

}
