package org.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.SignedInStaff;
import org.gongkai.common.StaffActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's first page: who is signed in, for which unit, with which roles (the request attribute {@code me}
 * the sign-in sets on every console page), and the cards every module contributes for them (the work waiting, what
 * is overdue, the ways in), by order.
 */
@Controller
class DashboardController {

	/** Cards ordered below this are notices. */
	static final int NOTICE_BAND = 100;

	private final List<DashboardCards> contributors;

	private final Clock clock;

	DashboardController(List<DashboardCards> contributors, Clock clock) {
		this.contributors = List.copyOf(contributors);
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		StaffActor me = SignedInStaff.current().orElseThrow(() -> new AccessDeniedException("staff sign-in required"));
		model.addAttribute("today", LocalDate.now(clock));
		List<DashboardCard> cards = cards(me);
		model.addAttribute("notices", cards.stream().filter(DashboardController::notice).toList());
		model.addAttribute("cards", cards.stream().filter(card -> !notice(card)).toList());
		return "portal/dashboard";
	}

	/**
	 * A card of the band below {@value #NOTICE_BAND} (see docs/modules.md): a notice above everything else on the
	 * page (next year's holidays missing), not one card among the others.
	 */
	private static boolean notice(DashboardCard card) {
		return card.order() < NOTICE_BAND;
	}

	private List<DashboardCard> cards(StaffActor me) {
		return contributors.stream()
			.flatMap(contributor -> contributor.cards(me).stream())
			.sorted(Comparator.comparingInt(DashboardCard::order))
			.toList();
	}

}
