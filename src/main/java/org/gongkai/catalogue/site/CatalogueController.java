package org.gongkai.catalogue.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gongkai.common.PublicCaching;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.CategoryManagement;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * 公开目录: the public catalogue, browsed by category, unit, year, document type and validity, 20 documents
 * a page, every page reachable through the numbered pager.
 */
@Controller
class CatalogueController {

	/** The earliest year the year filter offers. */
	private static final int FIRST_YEAR = 1990;

	private final Catalogue catalogue;

	private final CategoryManagement categories;

	private final UnitManagement units;

	private final CatalogueProperties properties;

	private final PublicCaching caching;

	private final Clock clock;

	CatalogueController(Catalogue catalogue, CategoryManagement categories, UnitManagement units,
			CatalogueProperties properties, PublicCaching caching, Clock clock) {
		this.catalogue = catalogue;
		this.categories = categories;
		this.units = units;
		this.properties = properties;
		this.caching = caching;
		this.clock = clock;
	}

	@GetMapping("/catalogue")
	String list(@RequestParam(required = false) Long category, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String type,
			@RequestParam(required = false) Validity validity, @RequestParam(defaultValue = "1") int page,
			WebRequest request, Model model) {
		if (page < 1) {
			throw RuleViolation.invalid("page", "site.page.invalid");
		}
		CatalogueQuery query = new CatalogueQuery(category, unit, year, type, validity, page);
		if (hasBlankFilter(request)) {
			return "redirect:" + query.url(page);
		}
		PublicVersion.Version version = caching.current();
		if (caching.pageNotModified(request, version)) {
			return null;
		}
		Page<DocumentSummary> documents = catalogue.publicPage(query.filter(), page - 1, CatalogueQuery.PAGE_SIZE);
		CategoryTree tree = CategoryTree.of(catalogue.categories(), categories.publicCounts());
		List<UnitView> allUnits = units.all();
		model.addAttribute("query", query);
		model.addAttribute("documents", documents.getContent());
		model.addAttribute("pager", Pager.of(page, documents.getTotalElements(), CatalogueQuery.PAGE_SIZE, query::url));
		model.addAttribute("tree", tree);
		model.addAttribute("selectedCategory", tree.find(category).orElse(null));
		model.addAttribute("units", allUnits);
		model.addAttribute("unitNames", allUnits.stream().collect(Collectors.toMap(UnitView::id, UnitView::name)));
		model.addAttribute("years", years());
		model.addAttribute("types", properties.documentTypes());
		model.addAttribute("validities", Validity.values());
		return "catalogue/site/list";
	}

	/** A filter form sends every field, the empty ones too: those lead to the canonical URL without them. */
	private static boolean hasBlankFilter(WebRequest request) {
		Map<String, String[]> parameters = request.getParameterMap();
		return List.of("category", "unit", "year", "type", "validity", "page")
			.stream()
			.anyMatch(name -> parameters.containsKey(name) && parameters.get(name)[0].isBlank());
	}

	private List<Integer> years() {
		int thisYear = LocalDate.now(clock.withZone(SiteDates.ZONE)).getYear();
		return IntStream.rangeClosed(FIRST_YEAR, thisYear).map(y -> thisYear + FIRST_YEAR - y).boxed().toList();
	}

}
