package org.gongkai.catalogue.site;

import java.io.IOException;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.common.RuleViolation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /sitemap.xml} (every public page: home, the portal's sections, every public document) and
 * {@code /robots.txt} (everything may be crawled except the console and the staff API).
 */
@Controller
class SitemapController {

	/**
	 * The portal's public pages: the home page and the sections of the portal's navigation (its
	 * {@code Section} enum, which this module may not depend on; a test keeps the two in step), and the major
	 * decisions (重大行政决策), a page of the consultation section.
	 */
	static final List<String> PAGES = List.of("/", "/guide", "/catalogue", "/apply", "/interpretations",
			"/consultations", "/decisions", "/powers", "/services", "/data", "/interaction", "/annual-reports");

	/** The sitemap protocol's limit of URLs per file. */
	static final int URLS_PER_FILE = 50_000;

	private static final int CHUNK = 500;

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final Catalogue catalogue;

	private final PublicCaching caching;

	private final CatalogueProperties properties;

	private final SiteLinks links;

	SitemapController(Catalogue catalogue, PublicCaching caching, CatalogueProperties properties, SiteLinks links) {
		this.catalogue = catalogue;
		this.caching = caching;
		this.properties = properties;
		this.links = links;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(WebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		if (!caching.dataNotModified(request, caching.current())) {
			response.setContentType(XML.toString());
			sitemap().writeRoot(response.getOutputStream(), PAGES);
		}
	}

	@GetMapping("/sitemaps/pages.xml")
	void pages(WebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		if (!caching.dataNotModified(request, caching.current())) {
			response.setContentType(XML.toString());
			sitemap().writePages(response.getOutputStream(), PAGES);
		}
	}

	@GetMapping("/sitemaps/documents-{file}.xml")
	void documents(@PathVariable int file, WebRequest request, HttpServletResponse response)
			throws IOException, XMLStreamException {
		Sitemap sitemap = sitemap();
		if (!sitemap.hasDocumentsFile(file)) {
			throw RuleViolation.notFound("site.sitemap.notFound", file);
		}
		if (!caching.dataNotModified(request, caching.current())) {
			response.setContentType(XML.toString());
			sitemap.writeDocuments(response.getOutputStream(), file);
		}
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Allow: /
				Disallow: /admin
				Disallow: /api/v1/admin
				Sitemap: %s
				""".formatted(links.absolute("/sitemap.xml"));
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(properties.publicMaxAge()).cachePublic()).body(robots);
	}

	private Sitemap sitemap() {
		return new Sitemap(URLS_PER_FILE, CHUNK, page -> catalogue.publicPage(CatalogueFilter.none(), page, CHUNK),
				links::absolute);
	}

}
