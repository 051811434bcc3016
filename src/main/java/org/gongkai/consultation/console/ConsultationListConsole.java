package org.gongkai.consultation.console;

import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Moderation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console: the consultations of my units (all for the disclosure office) with their phase and comments, the ones
 * closed without published feedback (已截止未反馈) longest waiting first, and the way to the moderation queue.
 */
@Controller
@RequestMapping("/admin/consultations")
class ConsultationListConsole {

	static final int PAGE_SIZE = 20;

	private final Consultations consultations;

	private final Moderation moderation;

	ConsultationListConsole(Consultations consultations, Moderation moderation) {
		this.consultations = consultations;
		this.moderation = moderation;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Me me = CurrentStaff.require();
		model.addAttribute("consultations", consultations.staffPage(me, page, PAGE_SIZE));
		model.addAttribute("awaiting", consultations.awaitingOutcome(me));
		model.addAttribute("queueSize", moderation.queue(me).size());
		model.addAttribute("canCreate", canCreate(me));
		return "consultation/console/list";
	}

	/** Editors draft for their unit; the disclosure office for any. */
	static boolean canCreate(Me me) {
		return me.office() || me.has(Role.UNIT_EDITOR);
	}

}
