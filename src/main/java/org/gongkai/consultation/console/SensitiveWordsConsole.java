package org.gongkai.consultation.console;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.SensitiveWords;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the sensitive-word list (敏感词) the disclosure office keeps, one word a line. A comment containing one
 * still waits for moderation like any other, flagged and listed first.
 */
@Controller
@RequestMapping("/admin/consultations/sensitive-words")
class SensitiveWordsConsole {

	static final String VIEW = "consultation/console/words";

	private final SensitiveWords words;

	private final MessageSource messages;

	SensitiveWordsConsole(SensitiveWords words, MessageSource messages) {
		this.words = words;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		requireOffice();
		model.addAttribute("wordsForm", new ConsoleForms.Words(String.join("\n", words.list())));
		model.addAttribute("count", words.list().size());
		return VIEW;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("wordsForm") ConsoleForms.Words form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = requireOffice();
		if (!errors.hasErrors()) {
			try {
				int count = words.replace(me, Arrays.asList((form.words() == null ? "" : form.words()).split("\\R")));
				redirect.addFlashAttribute("flash", Notice.of("cc.words.saved", count));
				return "redirect:/admin/consultations/sensitive-words";
			}
			catch (RuleViolation ex) {
				Refusals.show(ex, errors, model, messages);
				response.setStatus(ex.status().value());
				model.addAttribute("count", words.list().size());
				return VIEW;
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("count", words.list().size());
		return VIEW;
	}

	private static Me requireOffice() {
		Me me = CurrentStaff.require();
		if (!me.office()) {
			throw RuleViolation.forbidden("consultation.words.denied");
		}
		return me;
	}

}
