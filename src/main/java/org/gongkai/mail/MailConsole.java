package org.gongkai.mail;

import java.util.List;

import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: what the system sent or would have sent by e-mail, newest first, with a retry for failed mails. */
@Controller
@RequestMapping("/admin/mail")
@PreAuthorize(MailConsole.READERS)
class MailConsole {

	static final String READERS = "hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')";

	private final Mailbox mailbox;

	MailConsole(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping
	String list(@RequestParam(required = false) MailStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Me me = CurrentStaff.require();
		model.addAttribute("mails", mailbox.page(me, status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", List.of(MailStatus.values()));
		model.addAttribute("configured", mailbox.configured());
		return "mail/outbox";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, @RequestParam(required = false) MailStatus status,
			RedirectAttributes redirect) {
		try {
			mailbox.retry(id);
			redirect.addFlashAttribute("flash", Notice.of("mail.retry.queued", id));
		}
		catch (RuleViolation refused) {
			if (refused.status() != HttpStatus.CONFLICT) {
				throw refused;
			}
			redirect.addFlashAttribute("flash", Notice.of(refused.messageKey(), id));
		}
		if (status != null) {
			redirect.addAttribute("status", status);
		}
		return "redirect:/admin/mail";
	}

}
