package org.gongkai.requests.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.Inbox;
import org.gongkai.requests.InboxSort;
import org.gongkai.requests.RequestAccess;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.RequestSummary;

/**
 * The inbox (/admin/requests): open applications by due date with the overdue first, or overdue only, due soon,
 * by status or concluded; the office filters by unit; search by tracking number or applicant name; sorted by due
 * date, receipt or state. Paged by the database ({@link Inbox}). Identity numbers never appear here.
 */
@Controller
class InboxConsole {

	static final int PAGE_SIZE = 20;

	private final Inbox inbox;

	private final UnitManagement units;

	InboxConsole(Inbox inbox, UnitManagement units) {
		this.inbox = inbox;
		this.units = units;
	}

	@GetMapping("/admin/requests")
	String inbox(@ModelAttribute("query") InboxQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
		Me me = CurrentStaff.require();
		boolean office = RequestAccess.office(me);
		Page<RequestSummary> rows = inbox.page(me, query.filter(office), Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("office", office);
		model.addAttribute("tab", query.status() == null ? query.tab() : null);
		model.addAttribute("tabs", tabLinks(query));
		model.addAttribute("within", query.withinDays());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("sorts", InboxSort.values());
		model.addAttribute("sort", query.filter(office).order());
		if (office) {
			model.addAttribute("units", units.all());
		}
		model.addAttribute("previous", rows.hasPrevious() ? link(query, query.tab(), page - 1) : null);
		model.addAttribute("next", rows.hasNext() ? link(query, query.tab(), page + 1) : null);
		return "requests/console/inbox";
	}

	/** Each tab's link, keeping the unit and the search words. */
	private static Map<InboxView, String> tabLinks(InboxQuery query) {
		Map<InboxView, String> links = new LinkedHashMap<>();
		Arrays.stream(InboxView.values())
			.forEach(tab -> links.put(tab, link(new InboxQuery(tab.param(), null, query.within(), query.unit(),
					query.q(), query.sort()), tab, 0)));
		return links;
	}

	private static String link(InboxQuery query, InboxView tab, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/requests");
		if (tab != InboxView.OPEN || query.status() != null) {
			uri.queryParam("view", tab.param());
		}
		optional(uri, "status", query.status());
		optional(uri, "within", tab == InboxView.DUE ? query.within() : null);
		optional(uri, "unit", query.unit());
		optional(uri, "q", query.q() == null || query.q().isBlank() ? null : query.q().trim());
		optional(uri, "sort", query.order() == null ? null : query.order().param());
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void optional(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
