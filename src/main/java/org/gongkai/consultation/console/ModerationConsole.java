package org.gongkai.consultation.console;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.CommentStatus;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.ConsultationSummary;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Moderation;
import org.gongkai.consultation.Rejection;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: moderation (审核) of comments. The queue holds the pending comments of the consultations I may
 * moderate, flagged ones first with their sensitive words marked; a consultation's page lists all its comments by
 * status. Each comment can be approved, rejected with a reason from the list, or answered when its author left a
 * contact. A refused step shows its reason at that comment.
 */
@Controller
@RequestMapping("/admin/consultations")
class ModerationConsole {

	private final Moderation moderation;

	private final Consultations consultations;

	private final CommentWorkbook workbook;

	private final MessageSource messages;

	ModerationConsole(Moderation moderation, Consultations consultations, CommentWorkbook workbook,
			MessageSource messages) {
		this.moderation = moderation;
		this.consultations = consultations;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/moderation")
	String queue(Model model) {
		Me me = CurrentStaff.require();
		List<CommentView> queue = moderation.queue(me);
		Map<Long, String> titles = consultations.staffPage(me, 0, 10000)
			.stream()
			.collect(Collectors.toMap(ConsultationSummary::id, ConsultationSummary::title));
		model.addAttribute("comments", queue);
		model.addAttribute("titles", titles);
		model.addAttribute("flagged", queue.stream().filter(CommentView::flagged).count());
		return common(model, "consultation/console/moderation");
	}

	@GetMapping("/{id:\\d+}/comments")
	String comments(@PathVariable long id, @RequestParam(required = false) CommentStatus status, Model model) {
		ConsultationView view = consultations.staffView(CurrentStaff.require(), id);
		List<CommentView> all = all(view);
		model.addAttribute("consultation", view);
		model.addAttribute("status", status);
		model.addAttribute("statuses", CommentStatus.values());
		model.addAttribute("counts", all.stream().collect(Collectors.groupingBy(CommentView::status, Collectors.counting())));
		model.addAttribute("total", all.size());
		model.addAttribute("comments", all.stream().filter(c -> status == null || c.status() == status).toList());
		return common(model, "consultation/console/comments");
	}

	@GetMapping("/{id:\\d+}/comments.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return workbook.download(CurrentStaff.require(), id);
	}

	@PostMapping("/comments/{commentId:\\d+}/approve")
	String approve(@PathVariable long commentId, @RequestParam long version,
			@RequestParam(required = false) Long consultation, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(commentId, consultation, null, model, response, redirect, () -> {
			moderation.approve(me, commentId, version);
			return Notice.of("cc.moderation.approved", commentId);
		});
	}

	@PostMapping("/comments/{commentId:\\d+}/reject")
	String reject(@PathVariable long commentId, @RequestParam long version,
			@RequestParam(required = false) Rejection rejection, @RequestParam(required = false) Long consultation,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(commentId, consultation, null, model, response, redirect, () -> {
			moderation.reject(me, commentId, version, rejection);
			return Notice.of("cc.moderation.rejected", commentId);
		});
	}

	@PostMapping("/comments/{commentId:\\d+}/reply")
	String reply(@PathVariable long commentId, @RequestParam(defaultValue = "") String reply,
			@RequestParam(required = false) Long consultation, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(commentId, consultation, reply, model, response, redirect, () -> {
			moderation.reply(me, commentId, reply);
			return Notice.of("cc.moderation.replied", commentId);
		});
	}

	/** Every comment of the consultation, oldest first: on the whole draft and on each article. */
	static List<CommentView> all(ConsultationView view) {
		return Stream
			.concat(view.generalComments().stream(), view.articles().stream().flatMap(a -> a.comments().stream()))
			.sorted(Comparator.comparing(CommentView::submittedAt).thenComparing(CommentView::id))
			.toList();
	}

	/**
	 * Takes a step and goes back where the moderator came from (the consultation's comments or the queue); when
	 * refused, that page again with the reason at the comment.
	 */
	private String act(long commentId, Long consultation, String typed, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Supplier<Notice> step) {
		String back = consultation == null ? "/admin/consultations/moderation"
				: "/admin/consultations/" + consultation + "/comments";
		try {
			redirect.addFlashAttribute("flash", step.get());
			return "redirect:" + back + "#comment-" + commentId;
		}
		catch (RuleViolation ex) {
			RuleViolation readable = Refusals.readable(ex);
			if (readable.status() == HttpStatus.FORBIDDEN
					|| readable.status() == HttpStatus.NOT_FOUND) {
				throw readable;
			}
			model.addAttribute("problem", new CommentProblem(commentId, readable.field(),
					Refusals.message(readable, messages), typed));
			response.setStatus(readable.status().value());
			return consultation == null ? queue(model) : comments(consultation, null, model);
		}
	}

	private static String common(Model model, String view) {
		model.addAttribute("rejections", Rejection.values());
		model.addAttribute("highlights", Highlights.INSTANCE);
		return view;
	}

}
