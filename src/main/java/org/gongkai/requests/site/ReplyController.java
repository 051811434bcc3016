package org.gongkai.requests.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongkai.common.ContentDispositions;
import org.gongkai.common.RateLimiter;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.ApplicantReplies;
import org.gongkai.requests.ApplicantReplies.ReplyKey;
import org.gongkai.requests.LetterView;
import org.gongkai.requests.ReplyFiles;
import org.gongkai.requests.ReplyView;
import org.gongkai.requests.letters.LetterDocx;
import org.gongkai.requests.letters.LetterLayout;

/**
 * The reply for its applicant (答复): the page the mailed link opens, and the letter (DOCX) and the released files
 * to download, with the link's token or the tracking number and query code. Everything that opens a reply is a
 * POST (the mailed address only shows a button, so that a mail scanner following it opens nothing and delivers
 * nothing), rate-limited like the tracking page, and answered with the tracking page's one "not found" for every
 * mismatch. Nothing is cached; the link's page sends no referrer.
 */
@Controller
@RequestMapping("/track/reply")
class ReplyController {

	static final String PAGE = "requests/site/reply";

	private final ApplicantReplies replies;

	private final RateLimiter rateLimiter;

	private final MessageSource messages;

	ReplyController(ApplicantReplies replies, RateLimiter rateLimiter, MessageSource messages) {
		this.replies = replies;
		this.rateLimiter = rateLimiter;
		this.messages = messages;
	}

	/** The mailed link: a button that opens the reply; nothing is looked up yet. */
	@GetMapping("/{token}")
	String landing(@PathVariable String token, Model model, HttpServletResponse response) {
		noStore(response);
		model.addAttribute("token", token);
		return "requests/site/reply-open";
	}

	@PostMapping
	String open(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		noStore(response);
		rateLimiter.check(RateLimits.TRACK);
		ReplyKey key = new ReplyKey(null, null, token);
		try {
			ReplyView reply = replies.open(key);
			show(reply, key, model);
			return PAGE;
		}
		catch (RuleViolation ex) {
			return notFound(ex, model, response);
		}
	}

	@PostMapping("/letter.docx")
	String letter(ReplyKey key, Locale locale, Model model, HttpServletResponse response) throws IOException {
		noStore(response);
		rateLimiter.check(RateLimits.TRACK);
		try {
			LetterView letter = replies.letter(key);
			byte[] docx = LetterDocx.of(letter, messages.getMessage("letter.draft.mark", null, locale));
			response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(letter.fileName("docx")));
			response.setContentLength(docx.length);
			response.getOutputStream().write(docx);
			return null;
		}
		catch (RuleViolation ex) {
			return notFound(ex, model, response);
		}
	}

	@PostMapping("/files/{fileId:\\d{1,18}}")
	String file(@PathVariable long fileId, ReplyKey key, Model model, HttpServletResponse response)
			throws IOException {
		noStore(response);
		rateLimiter.check(RateLimits.TRACK);
		ReplyFiles.Download download;
		try {
			download = replies.file(key, fileId);
		}
		catch (RuleViolation ex) {
			return notFound(ex, model, response);
		}
		try (InputStream content = download.content()) {
			response.setContentType(download.file().contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDispositions.attachment(download.file().fileName()));
			response.setContentLengthLong(download.file().sizeBytes());
			content.transferTo(response.getOutputStream());
		}
		return null;
	}

	/** The reply with what its forms need to open it again (the letter, the files). */
	static void show(ReplyView reply, ReplyKey key, Model model) {
		model.addAttribute("reply", reply);
		model.addAttribute("replyLayout", LetterLayout.of(reply.letter() == null ? "" : reply.letter()));
		model.addAttribute("replyKey", key);
	}

	private static void noStore(HttpServletResponse response) {
		NoStore.set(response);
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	/** Exactly the tracking page's answer to a wrong number or code. */
	private static String notFound(RuleViolation ex, Model model, HttpServletResponse response) {
		if (ex.status() != HttpStatus.NOT_FOUND) {
			throw ex;
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("notFound", true);
		model.addAttribute("trackForm", TrackForm.of(null));
		return TrackController.FORM_VIEW;
	}

}
