package org.gongkai.catalogue.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the workflow steps of a document's page, each a POST form: submit, confidentiality review, publish
 * (now or at a time), propose and review a revision, change validity, withdraw. A refused step shows why.
 */
@Controller
@RequestMapping("/admin/documents")
class WorkflowConsole {

	/** Times typed in the console are China Standard Time, whatever the server's zone. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DocumentWorkflow workflow;

	private final Catalogue catalogue;

	private final DocumentPage page;

	WorkflowConsole(DocumentWorkflow workflow, Catalogue catalogue, DocumentPage page) {
		this.workflow = workflow;
		this.catalogue = catalogue;
		this.page = page;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, null, model, response, redirect, Map.of(), () -> {
			workflow.submit(me, id);
			return Notice.of("docs.document.submitted");
		});
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ActionForms.Review form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, errors, model, response, redirect, Map.of(), () -> {
			workflow.review(me, id, form.conclusion(), form.reason());
			return Notice.of(form.conclusion() == ReviewConclusion.DISCLOSABLE ? "docs.document.approved"
					: "docs.document.returned");
		});
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @Valid @ModelAttribute("publishForm") ActionForms.Publish form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		Instant at = form.at() == null ? null : form.at().atZone(CHINA).toInstant();
		return page.act(me, id, errors, model, response, redirect, Map.of(), () -> {
			workflow.publish(me, id, at);
			DocumentView document = catalogue.staffDocument(me, id);
			return document.scheduledAt() != null ? Notice.of("docs.document.scheduled", MINUTE.format(form.at()))
					: Notice.of("docs.document.published", document.indexNumber());
		});
	}

	@PostMapping("/{id}/revisions")
	String propose(@PathVariable long id, @Valid @ModelAttribute("revisionForm") ActionForms.Revision form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, errors, model, response, redirect, Map.of(), () -> {
			workflow.proposeRevision(me, id, form.title(), form.summary(), form.body(), form.note());
			return Notice.of("docs.revision.proposed");
		});
	}

	@PostMapping("/{id}/revisions/{revisionId}/review")
	String reviewRevision(@PathVariable long id, @PathVariable long revisionId,
			@Valid @ModelAttribute("revisionReviewForm") ActionForms.Review form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, errors, model, response, redirect, Map.of(), () -> {
			if (catalogue.pendingRevision(id).filter(r -> r.id() == revisionId).isEmpty()) {
				throw RuleViolation.notFound("document.revision.notFound", revisionId);
			}
			workflow.reviewRevision(me, revisionId, form.conclusion(), form.reason());
			return Notice.of(form.conclusion() == ReviewConclusion.DISCLOSABLE ? "docs.revision.published"
					: "docs.revision.rejected");
		});
	}

	@PostMapping("/{id}/validity")
	String validity(@PathVariable long id, @Valid @ModelAttribute("validityForm") ActionForms.ValidityChange form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, errors, model, response, redirect, Map.of("successorId", "successorIndexNumber"),
				() -> {
					workflow.changeValidity(me, id, form.validity(), form.since(),
							Successors.byIndexNumber(catalogue, form.successorIndexNumber()));
					return Notice.of("docs.document.validityChanged");
				});
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute("withdrawForm") ActionForms.Withdrawal form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, errors, model, response, redirect, Map.of(), () -> {
			workflow.withdraw(me, id, form.reason());
			return Notice.of("docs.document.withdrawn");
		});
	}

}
