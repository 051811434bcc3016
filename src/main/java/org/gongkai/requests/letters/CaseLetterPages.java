package org.gongkai.requests.letters;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.CaseLetters;
import org.gongkai.requests.LetterView;

/**
 * The case's reply letter for its handlers: a page that prints as the letter alone (A4, letterhead, no console)
 * and the same letter as DOCX. Before the reply both show the current draft, marked 草稿. Never cached: the letter
 * names the applicant.
 */
@Controller
@RequestMapping("/admin/requests/{id}")
class CaseLetterPages {

	private final CaseLetters letters;

	private final MessageSource messages;

	CaseLetterPages(CaseLetters letters, MessageSource messages) {
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping("/letter")
	String page(@PathVariable long id, Model model, HttpServletResponse response) {
		LetterView letter = letters.letter(CurrentStaff.require(), id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("letter", letter);
		model.addAttribute("layout", LetterLayout.of(letter.text()));
		return "requests/letters/letter";
	}

	@GetMapping("/letter.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
		LetterView letter = letters.letter(CurrentStaff.require(), id);
		return Downloads.docx(letter.fileName("docx"),
				LetterDocx.of(letter, messages.getMessage("letter.draft.mark", null, locale)));
	}

}
