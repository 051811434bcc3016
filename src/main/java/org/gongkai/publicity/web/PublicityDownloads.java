package org.gongkai.publicity.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.gongkai.common.AtomFeed;
import org.gongkai.common.PublicCaching;
import org.gongkai.common.PublicLinks;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.SafeCsvPrinter;
import org.gongkai.publicity.PublicFilter;
import org.gongkai.publicity.PublicRecord;
import org.gongkai.publicity.PublicityKind;
import org.gongkai.publicity.PublicityLists;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The lists as data: an Atom feed of each list's latest 50 records (in Chinese, like the catalogue's) and a CSV of
 * the filtered list, written a page at a time from the database (at most {@value #MAX_PAGES} pages of
 * {@value #CSV_PAGE}), every cell through {@link SafeCsvPrinter}. Masked like the pages.
 */
@Controller
class PublicityDownloads {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int FEED_SIZE = 50;

	static final int CSV_PAGE = 500;

	static final int MAX_PAGES = 200;

	private static final String TAG_DATE = "2026";

	private final PublicityLists lists;

	private final PublicCaching caching;

	private final PublicLinks links;

	private final MessageSource messages;

	private final String siteName;

	private final String publisher;

	PublicityDownloads(PublicityLists lists, PublicCaching caching, PublicLinks links, MessageSource messages,
			@Value("${gongkai.site.name}") String siteName,
			@Value("${gongkai.site.host-organization}") String publisher) {
		this.lists = lists;
		this.caching = caching;
		this.links = links;
		this.messages = messages;
		this.siteName = siteName;
		this.publisher = publisher;
	}

	@GetMapping("/publicity/{kind:licensing|penalties}/feed.atom")
	ResponseEntity<byte[]> feed(@PathVariable String kind, WebRequest request) {
		PublicVersion.Version version = caching.current();
		if (caching.dataNotModified(request, version)) {
			return null;
		}
		PublicityKind k = PublicityKind.ofPath(kind);
		List<AtomFeed.Entry> entries = lists.page(k, PublicFilter.none(), 0, FEED_SIZE)
			.stream()
			.map(r -> entry(k, r))
			.toList();
		Instant updated = entries.stream()
			.map(AtomFeed.Entry::updated)
			.max(Instant::compareTo)
			.orElse(version.lastChange());
		String title = siteName + " " + zh("publicity.site.feed." + k.name());
		String page = "/publicity/" + k.path();
		AtomFeed feed = new AtomFeed(tag("publicity/" + k.path()), title, publisher, updated, links.absolute(page),
				links.absolute(page + "/feed.atom"), entries);
		return ResponseEntity.ok().contentType(ATOM).body(feed.toXml());
	}

	@GetMapping("/publicity/{kind:licensing|penalties}/export.csv")
	void csv(@PathVariable String kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String item, @RequestParam(required = false) String body,
			@RequestParam(required = false) String q, WebRequest request, HttpServletResponse response)
			throws IOException {
		if (caching.dataNotModified(request, caching.current())) {
			return;
		}
		PublicityKind k = PublicityKind.ofPath(kind);
		PublicFilter filter = new PublicFilter(year, PublicitySite.blank(item), PublicitySite.blank(body),
				PublicitySite.blank(q));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("publicity-" + k.path() + ".csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		SafeCsvPrinter csv = new SafeCsvPrinter(CSVFormat.DEFAULT.print(writer));
		csv.printRecord(header(k));
		Page<PublicRecord> found;
		int page = 0;
		do {
			found = lists.page(k, filter, page++, CSV_PAGE);
			for (PublicRecord r : found) {
				csv.printRecord(row(k, r));
			}
			csv.flush();
		}
		while (found.hasNext() && page < MAX_PAGES);
		csv.flush();
	}

	private List<String> header(PublicityKind kind) {
		List<String> keys = kind == PublicityKind.LICENSING
				? List.of("decisionNumber", "itemName", "licenceCategory", "content", "partyName", "partyCode",
						"authority", "decidedOn", "validFrom", "validUntil", "publishedOn")
				: List.of("decisionNumber", "penaltyName", "penaltyCategory", "facts", "basis", "result", "partyName",
						"partyCode", "authority", "decidedOn", "publishedOn");
		return keys.stream().map(key -> zh("publicity.field." + key)).toList();
	}

	private List<Object> row(PublicityKind kind, PublicRecord r) {
		List<Object> row = new ArrayList<>();
		if (kind == PublicityKind.LICENSING) {
			row.addAll(List.of(r.decisionNumber(), r.title(), text(r.licenceCategory()), text(r.content()),
					r.partyName(), r.partyCode(), r.authority(), day(r.decidedOn()), day(r.validFrom()),
					day(r.validUntil()), day(r.publishedOn())));
		}
		else {
			row.addAll(List.of(r.decisionNumber(), r.title(),
					r.penaltyCategory() == null ? "" : zh(r.penaltyCategory().messageKey()), text(r.facts()),
					text(r.basis()), text(r.result()), r.partyName(), r.partyCode(), r.authority(), day(r.decidedOn()),
					day(r.publishedOn())));
		}
		return row;
	}

	private AtomFeed.Entry entry(PublicityKind kind, PublicRecord r) {
		String summary = r.partyName() + "，" + r.authority() + "，" + r.decidedOn()
				+ (kind == PublicityKind.LICENSING ? "，" + text(r.content()) : "，" + text(r.result()));
		Instant published = r.publishedOn().atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
		Instant updated = r.updatedAt() == null || r.updatedAt().isBefore(published) ? published : r.updatedAt();
		return new AtomFeed.Entry(tag("publicity/" + kind.path() + "/" + r.publicId()),
				r.decisionNumber() + " " + r.title(), updated, published, links.absolute(r.path()), summary,
				zh(kind.messageKey()));
	}

	private String tag(String specific) {
		return "tag:" + java.net.URI.create(links.absolute("/")).getHost() + "," + TAG_DATE + ":" + specific;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String day(LocalDate day) {
		return day == null ? "" : day.toString();
	}


}
