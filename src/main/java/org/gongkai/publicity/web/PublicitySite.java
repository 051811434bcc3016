package org.gongkai.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.IntStream;

import org.gongkai.common.PublicCaching;
import org.gongkai.common.RuleViolation;
import org.gongkai.publicity.PublicFilter;
import org.gongkai.publicity.PublicRecord;
import org.gongkai.publicity.PublicityCounts;
import org.gongkai.publicity.PublicityKind;
import org.gongkai.publicity.PublicityLists;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public 双公示 pages, a column under 权责清单 (linked from /powers): the landing page with both lists' latest
 * records and the year's counts, each list with its filters, paged in the database to its end, and each record.
 * Natural persons are masked on all of them ({@link PublicRecord}).
 */
@Controller
class PublicitySite {

	static final int PAGE_SIZE = 20;

	private static final int LATEST = 5;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PublicityLists lists;

	private final PublicityCounts counts;

	private final PublicCaching caching;

	private final Clock clock;

	PublicitySite(PublicityLists lists, PublicityCounts counts, PublicCaching caching, Clock clock) {
		this.lists = lists;
		this.counts = counts;
		this.caching = caching;
		this.clock = clock;
	}

	@GetMapping("/publicity")
	String landing(WebRequest request, Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		int year = LocalDate.now(clock.withZone(CHINA)).getYear();
		model.addAttribute("year", year);
		model.addAttribute("counts", counts.forYear(year));
		model.addAttribute("licences", lists.page(PublicityKind.LICENSING, PublicFilter.none(), 0, LATEST).getContent());
		model.addAttribute("penalties", lists.page(PublicityKind.PENALTY, PublicFilter.none(), 0, LATEST).getContent());
		return "publicity/site/landing";
	}

	@GetMapping("/publicity/{kind:licensing|penalties}")
	String list(@PathVariable String kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String item, @RequestParam(required = false) String body,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, WebRequest request,
			Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		PublicityKind k = PublicityKind.ofPath(kind);
		PublicFilter filter = new PublicFilter(year, blank(item), blank(body), blank(q));
		int current = Math.max(page, 1);
		Page<PublicRecord> found = lists.page(k, filter, current - 1, PAGE_SIZE);
		model.addAttribute("kind", k);
		model.addAttribute("rows", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(found.getTotalPages(), 1));
		model.addAttribute("filter", filter);
		model.addAttribute("filtered", year != null || filter.item() != null || filter.body() != null
				|| filter.q() != null);
		model.addAttribute("previousUrl", current > 1 ? url(k, filter, current - 1, "") : null);
		model.addAttribute("nextUrl", found.hasNext() ? url(k, filter, current + 1, "") : null);
		model.addAttribute("csvUrl", url(k, filter, null, "/export.csv"));
		int thisYear = LocalDate.now(clock.withZone(CHINA)).getYear();
		int first = lists.firstYear().orElse(thisYear);
		model.addAttribute("years", IntStream.rangeClosed(first, thisYear).map(y -> thisYear - y + first).boxed().toList());
		model.addAttribute("bodies", lists.bodies(k));
		model.addAttribute("items", lists.items(k));
		return "publicity/site/list";
	}

	@GetMapping("/publicity/{kind:licensing|penalties}/{id:[0-9a-f]{32}}")
	String record(@PathVariable String kind, @PathVariable String id, WebRequest request, Model model) {
		PublicityKind k = PublicityKind.ofPath(kind);
		PublicRecord record = lists.record(k, id).orElseThrow(() -> RuleViolation.notFound("publicity.notFound"));
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("kind", k);
		model.addAttribute("record", record);
		return "publicity/site/record";
	}

	static String url(PublicityKind kind, PublicFilter filter, Integer page, String suffix) {
		return UriComponentsBuilder.fromPath("/publicity/" + kind.path() + suffix)
			.queryParamIfPresent("year", Optional.ofNullable(filter.year()))
			.queryParamIfPresent("item", Optional.ofNullable(filter.item()))
			.queryParamIfPresent("body", Optional.ofNullable(filter.body()))
			.queryParamIfPresent("q", Optional.ofNullable(filter.q()))
			.queryParamIfPresent("page", Optional.ofNullable(page))
			.encode()
			.build()
			.toUriString();
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
