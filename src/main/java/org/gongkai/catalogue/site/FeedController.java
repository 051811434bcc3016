package org.gongkai.catalogue.site;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gongkai.common.AtomFeed;
import org.gongkai.common.PublicCaching;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.RichText;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Atom feeds of the catalogue: the latest 50 public documents, of everything or of one category (with its
 * subcategories). Feed readers poll; the validators let them do it with 304s. Feeds are in Chinese, the
 * language of the documents, whatever the reader's cookies say.
 */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int SIZE = 50;

	private static final int SUMMARY_LENGTH = 200;

	/** The date in the feeds' tag URIs (RFC 4151): when this site began minting them. */
	private static final String TAG_DATE = "2026";

	private final Catalogue catalogue;

	private final PublicCaching caching;

	private final MessageSource messages;

	private final SiteLinks links;

	private final String siteName;

	private final String publisher;

	FeedController(Catalogue catalogue, PublicCaching caching, MessageSource messages, SiteLinks links,
			@Value("${gongkai.site.name}") String siteName, @Value("${gongkai.site.host-organization}") String publisher) {
		this.catalogue = catalogue;
		this.caching = caching;
		this.messages = messages;
		this.links = links;
		this.siteName = siteName;
		this.publisher = publisher;
	}

	@GetMapping("/catalogue/feed.atom")
	ResponseEntity<byte[]> all(WebRequest request) {
		return feed(request, null);
	}

	@GetMapping("/catalogue/categories/{id}/feed.atom")
	ResponseEntity<byte[]> category(@PathVariable long id, WebRequest request) {
		CategoryView category = catalogue.categories()
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("category.notFound", id));
		return feed(request, category);
	}

	private ResponseEntity<byte[]> feed(WebRequest request, CategoryView category) {
		PublicVersion.Version version = caching.current();
		if (caching.dataNotModified(request, version)) {
			return null;
		}
		CatalogueFilter filter = new CatalogueFilter(category == null ? null : category.id(), null, null, null, null);
		List<AtomFeed.Entry> entries = catalogue.publicPage(filter, 0, SIZE)
			.stream()
			.map(summary -> catalogue.publicDocument(summary.id()))
			.flatMap(Optional::stream)
			.map(this::entry)
			.toList();
		String chinese = messages.getMessage("site.feed.title", null, Locale.SIMPLIFIED_CHINESE);
		String title = siteName + " " + chinese + (category == null ? "" : " - " + category.name());
		String path = category == null ? "/catalogue/feed.atom" : "/catalogue/categories/" + category.id() + "/feed.atom";
		String page = category == null ? "/catalogue" : "/catalogue?category=" + category.id();
		Instant updated = entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(version.lastChange());
		AtomFeed feed = new AtomFeed(tag(category == null ? "catalogue" : "catalogue/categories/" + category.id()),
				title, publisher, updated, links.absolute(page), links.absolute(path), entries);
		return ResponseEntity.ok().contentType(ATOM).body(feed.toXml());
	}

	private AtomFeed.Entry entry(DocumentView document) {
		String summary = document.summary() != null ? document.summary() : RichText.toPlainText(document.body());
		if (summary.codePointCount(0, summary.length()) > SUMMARY_LENGTH) {
			summary = summary.substring(0, summary.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
		}
		return new AtomFeed.Entry(tag("catalogue/documents/" + document.id()), document.title(), document.updatedAt(),
				document.publishedAt(), links.document(document.id()), summary, document.categoryName());
	}

	/** A tag URI (RFC 4151) under this site's host name: permanent as long as the site keeps its name. */
	private String tag(String specific) {
		return "tag:" + links.host() + "," + TAG_DATE + ":" + specific;
	}

}
