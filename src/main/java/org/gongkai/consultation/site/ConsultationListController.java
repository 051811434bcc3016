package org.gongkai.consultation.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.common.PublicCaching;
import org.gongkai.consultation.ConsultationSummary;
import org.gongkai.consultation.Phase;
import org.gongkai.consultation.PublicConsultations;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The consultations page (公开征求意见): a tab for each phase the public can see (open, closing soonest first with
 * the days left; upcoming; closed awaiting the feedback; concluded) and one for all, each counted and paged.
 */
@Controller
class ConsultationListController {

	static final int PAGE_SIZE = 20;

	private static final List<Phase> TABS = List.of(Phase.OPEN, Phase.UPCOMING, Phase.CLOSED, Phase.CONCLUDED);

	private final PublicConsultations consultations;

	private final Clock clock;

	private final PublicCaching caching;

	ConsultationListController(PublicConsultations consultations, Clock clock, PublicCaching caching) {
		this.consultations = consultations;
		this.clock = clock;
		this.caching = caching;
	}

	/** {@code phase}: open (the default), upcoming, closed, concluded or all; {@code page} counts from 1. */
	@GetMapping("/consultations")
	String list(@RequestParam(required = false) String phase, @RequestParam(defaultValue = "1") int page,
			WebRequest request, Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		Tab tab = Tab.of(phase);
		int current = Math.max(page, 1);
		Page<ConsultationSummary> found = consultations.page(tab.phase(), current - 1, PAGE_SIZE);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", counts());
		model.addAttribute("lines", found.map(c -> new Line(c, ChronoUnit.DAYS.between(today, c.closesOn()))).getContent());
		model.addAttribute("pager", SimplePager.of(current, found.getTotalElements(), PAGE_SIZE,
				n -> "/consultations?phase=" + tab.param() + (n > 1 ? "&page=" + n : "")));
		return "consultation/site/list";
	}

	/** Each tab with how many consultations it holds. */
	private Map<Tab, Long> counts() {
		Map<Tab, Long> counts = new LinkedHashMap<>();
		TABS.forEach(p -> counts.put(new Tab(p), consultations.page(p, 0, 1).getTotalElements()));
		counts.put(new Tab(null), consultations.page(null, 0, 1).getTotalElements());
		return counts;
	}

	/** A line of the list; {@code daysLeft} counts the days after today until the closing date (0: closes today). */
	record Line(ConsultationSummary consultation, long daysLeft) {
	}

	/** A tab: one phase, or all ({@code phase} null). */
	record Tab(Phase phase) {

		static Tab of(String param) {
			if ("all".equalsIgnoreCase(param)) {
				return new Tab(null);
			}
			return TABS.stream()
				.filter(p -> p.name().equalsIgnoreCase(param))
				.findFirst()
				.map(Tab::new)
				.orElse(new Tab(Phase.OPEN));
		}

		public String param() {
			return phase == null ? "all" : phase.name().toLowerCase(java.util.Locale.ROOT);
		}

		public String labelKey() {
			return phase == null ? "consultation.site.tab.all" : phase.messageKey();
		}

	}

}
