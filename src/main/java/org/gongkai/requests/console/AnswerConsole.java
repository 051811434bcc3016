package org.gongkai.requests.console;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.CaseHandling;
import org.gongkai.search.SearchHit;

/**
 * The answer: a decision per requested item (with the catalogue documents it links, found by index number or by
 * a search that lists public documents to tick), the reply letter, its delivery, archiving, and a withdrawal the
 * applicant made in person or in writing.
 */
@Controller
@RequestMapping("/admin/requests/{id:\\d+}")
class AnswerConsole {

	private final CaseHandling handling;

	private final CasePage page;

	private final DocumentLinks documents;

	AnswerConsole(CaseHandling handling, CasePage page, DocumentLinks documents) {
		this.handling = handling;
		this.page = page;
		this.documents = documents;
	}

	/**
	 * Decides the item, or with {@code find} and words in {@code docq} lists the public documents matching them to
	 * tick. The search button comes first in the form, so Enter in a text box sends {@code find}: with no words,
	 * that is a save.
	 */
	@PostMapping("/items/{itemId:\\d+}/decision")
	String decide(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("decisionForm") CaseForms.DecisionForm form, BindingResult binding,
			@RequestParam(required = false) String find, Model model, RedirectAttributes redirect) {
		String key = "decision-" + itemId;
		if (find != null && !binding.hasErrors() && form.docq() != null && !form.docq().isBlank()) {
			return search(id, key, form.docq(), model);
		}
		return page.act(id, key, binding, model, redirect, () -> {
			List<Long> linked = documents.ids(form.documentIds(), DocumentLinks.split(form.indexNumbers()));
			handling.decide(CurrentStaff.require(), id, itemId, form.reply(), form.ground(), form.explanation(), linked,
					form.on());
			return Notice.of("requests.console.done.decided");
		});
	}

	@PostMapping("/reply")
	String reply(@PathVariable long id, @Valid @ModelAttribute("replyForm") CaseForms.Reply form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "reply", binding, model, redirect, () -> {
			handling.reply(CurrentStaff.require(), id, form.letter(), form.on());
			return Notice.of("requests.console.done.replied");
		});
	}

	@PostMapping("/delivery")
	String deliver(@PathVariable long id, @Valid @ModelAttribute("deliveryForm") CaseForms.DeliveryRecord form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "delivery", binding, model, redirect, () -> {
			handling.recordDelivery(CurrentStaff.require(), id, form.channel(), form.deliveredOn());
			return Notice.of("requests.console.done.delivered");
		});
	}

	@PostMapping("/archive")
	String archive(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return page.act(id, "archive", null, model, redirect, () -> {
			handling.archive(CurrentStaff.require(), id);
			return Notice.of("requests.console.done.archived");
		});
	}

	@PostMapping("/withdrawal")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute("withdrawalForm") CaseForms.Withdrawal form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "withdrawal", binding, model, redirect, () -> {
			handling.recordWithdrawal(CurrentStaff.require(), id, form.withdrawnOn());
			return Notice.of("requests.console.done.withdrawn");
		});
	}

	private String search(long id, String key, String words, Model model) {
		try {
			List<SearchHit> hits = documents.find(words);
			model.addAttribute("hits", hits);
			return page.again(id, new Sent(key, Map.of(), null), HttpStatus.OK, model);
		}
		catch (RuleViolation ex) {
			return page.again(id, new Sent(key, Map.of("docq", page.message(ex)), null), HttpStatus.BAD_REQUEST, model);
		}
	}

}
