package org.gongkai.catalogue.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.common.PublicCaching;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentLinks;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.PublicDocument;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A public document's page: the national metadata table, a banner when it is no longer valid (with its
 * successor), what it replaces, links other modules contribute ({@link DocumentLinks}: a policy's
 * interpretations), the body, attachments, version history and related documents; and its
 * print view. A document that is not public (draft, withdrawn, on request, exempt) is not found.
 */
@Controller
class DocumentPageController {

	static final String INDEX_PREFIX = "/catalogue/index/";

	private static final int RELATED = 5;

	private final Catalogue catalogue;

	private final PublicCaching caching;

	private final SiteLinks links;

	private final ObjectProvider<DocumentLinks> linkSources;

	private final Clock clock;

	DocumentPageController(Catalogue catalogue, PublicCaching caching, SiteLinks links,
			ObjectProvider<DocumentLinks> linkSources, Clock clock) {
		this.clock = clock;
		this.catalogue = catalogue;
		this.caching = caching;
		this.links = links;
		this.linkSources = linkSources;
	}

	@GetMapping("/catalogue/documents/{id}")
	String page(@PathVariable long id, WebRequest request, Model model) {
		return render(id, request, model, "catalogue/site/document");
	}

	@GetMapping("/catalogue/documents/{id}/print")
	String print(@PathVariable long id, WebRequest request, Model model) {
		return render(id, request, model, "catalogue/site/print");
	}

	/** Finds a document by its index number, which contains a slash: the rest of the path is the number. */
	@GetMapping(INDEX_PREFIX + "**")
	String byIndexNumber(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String indexNumber = URLDecoder.decode(path.substring(INDEX_PREFIX.length()), StandardCharsets.UTF_8);
		DocumentView document = catalogue.publicByIndexNumber(indexNumber)
			.orElseThrow(() -> RuleViolation.notFound("site.indexNumber.notFound", indexNumber));
		return "redirect:/catalogue/documents/" + document.id();
	}

	private String render(long id, WebRequest request, Model model, String view) {
		PublicVersion.Version version = caching.current();
		PublicDocument page = catalogue.publicDocumentPage(id, RELATED)
			.orElseThrow(() -> RuleViolation.notFound("document.notFound", id));
		DocumentView document = page.document();
		if (caching.pageNotModified(request, version, document.id(), document.updatedAt())) {
			return null;
		}
		model.addAttribute("doc", document);
		model.addAttribute("pageUrl", links.document(id));
		// Printed under the text with the source address; a cached page may show the day it was rendered.
		model.addAttribute("printedOn", LocalDate.now(clock.withZone(SiteDates.ZONE)));
		model.addAttribute("successor", page.publicSuccessor());
		model.addAttribute("predecessors", page.predecessors());
		model.addAttribute("related", page.related());
		model.addAttribute("linkGroups", linkSources.orderedStream()
			.flatMap(source -> source.linksOf(id).stream())
			.filter(group -> !group.links().isEmpty())
			.toList());
		return view;
	}

}
