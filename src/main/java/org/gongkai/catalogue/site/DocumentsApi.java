package org.gongkai.catalogue.site;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gongkai.common.PublicCaching;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public documents API: the catalogue's list with its filters, one document with everything its page
 * shows, and the lookup by index number (索引号). Public documents only; anything else is a 404 problem.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentsApi {

	static final int MAX_SIZE = 100;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final PublicCaching caching;

	private final SiteLinks links;

	DocumentsApi(Catalogue catalogue, UnitManagement units, PublicCaching caching, SiteLinks links) {
		this.catalogue = catalogue;
		this.units = units;
		this.caching = caching;
		this.links = links;
	}

	/** Public documents, newest first; {@code page} counts from 1, {@code size} is at most 100. */
	@GetMapping
	ApiDocuments.DocumentList list(@RequestParam(required = false) Long category,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String type, @RequestParam(required = false) Validity validity,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size, WebRequest request) {
		if (caching.dataNotModified(request, caching.current())) {
			return null;
		}
		CatalogueFilter filter = new CatalogueFilter(category, unit, year, type == null || type.isBlank() ? null : type,
				validity);
		Page<DocumentSummary> found = catalogue.publicPage(filter, page - 1, size);
		Map<Long, String> names = unitNames();
		return new ApiDocuments.DocumentList(found.map(d -> ApiDocuments.Item.of(d, names, links)).getContent(), page, size,
				found.getTotalElements());
	}

	@GetMapping("/{id}")
	ApiDocuments.Detail document(@PathVariable long id, WebRequest request) {
		return detail(catalogue.publicDocument(id).orElseThrow(() -> RuleViolation.notFound("document.notFound", id)),
				request);
	}

	@GetMapping("/by-index-number")
	ApiDocuments.Detail byIndexNumber(@RequestParam String indexNumber, WebRequest request) {
		DocumentView document = catalogue.publicByIndexNumber(indexNumber.strip())
			.orElseThrow(() -> RuleViolation.notFound("site.indexNumber.notFound", indexNumber));
		return detail(document, request);
	}

	private ApiDocuments.Detail detail(DocumentView document, WebRequest request) {
		if (caching.dataNotModified(request, caching.current(), document.id(), document.updatedAt())) {
			return null;
		}
		DocumentView.Successor s = document.successor();
		ApiDocuments.Link successor = s == null || !catalogue.isPublic(s.id()) ? null
				: ApiDocuments.Link.of(s.id(), s.indexNumber(), s.title(), links);
		return ApiDocuments.Detail.of(document, unitNames().get(document.unitId()), successor,
				catalogue.predecessors(document.id())
					.stream()
					.map(p -> ApiDocuments.Link.of(p.id(), p.indexNumber(), p.title(), links))
					.toList(), links);
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

}
