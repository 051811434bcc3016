package org.gongkai.requests.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.AppealKind;
import org.gongkai.requests.AppealOutcome;
import org.gongkai.requests.CaseFacts;
import org.gongkai.requests.ApplicantFiles;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.ConsultationOutcome;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.FeeBasis;
import org.gongkai.requests.Fees;
import org.gongkai.requests.Ground;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.RequestProperties;
import org.gongkai.requests.StopKind;

/**
 * Everything the case page shows: the case as its handlers see it (each view audited by the facade), the choices
 * of its forms under the case's rule set, and each form filled with what was typed or a sensible default.
 */
@Component
class CasePageModel {

	static final String VIEW = "requests/console/case";

	private final CaseHandling handling;

	private final CaseFacts facts;

	private final ReplyLetters letters;

	private final DocumentLinks documents;

	private final UnitManagement units;

	private final RequestProperties properties;

	private final TimelineNotes notes;

	private final Clock clock;

	private final ApplicantFiles files;

	private final ReplyPackageModel replyPackage;

	CasePageModel(CaseHandling handling, CaseFacts facts, ReplyLetters letters, DocumentLinks documents,
			UnitManagement units, RequestProperties properties, TimelineNotes notes, Clock clock,
			ApplicantFiles files, ReplyPackageModel replyPackage) {
		this.files = files;
		this.replyPackage = replyPackage;
		this.handling = handling;
		this.facts = facts;
		this.letters = letters;
		this.documents = documents;
		this.units = units;
		this.properties = properties;
		this.notes = notes;
		this.clock = clock;
	}

	/** What the fee form shows: the applicant's monthly count and what the rules charge for each basis. */
	record FeeQuote(int monthlyCount, int perRequestAmount, Integer previewQuantity, Integer previewAmount) {
	}

	String render(long id, Model model) {
		CaseView view = handling.view(CurrentStaff.require(), id);
		CaseView.Actions actions = view.actions();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("view", view);
		model.addAttribute("actions", actions);
		model.addAttribute("today", today);
		model.addAttribute("timelineNotes", notes.of(view.timeline()));
		model.addAttribute("applicantFiles", files.list(CurrentStaff.require(), id));
		replyPackage.addTo(CurrentStaff.require(), view, model);
		defaultTo(model, "sent", Sent.NONE);
		Sent sent = (Sent) model.getAttribute("sent");
		choices(view, model);
		defaultTo(model, "assignForm", new CaseForms.Assign(view.unitIds()));
		defaultTo(model, "correctionForm", new CaseForms.Correction("", null));
		defaultTo(model, "arrivalForm", new CaseForms.CorrectionArrival(today));
		defaultTo(model, "consultationForm", new CaseForms.Consultation(StopKind.THIRD_PARTY, ""));
		defaultTo(model, "extensionForm", new CaseForms.Extension(null, ""));
		defaultTo(model, "paymentForm", new CaseForms.Payment(today));
		defaultTo(model, "deliveryForm", new CaseForms.DeliveryRecord(view.delivery(), today));
		defaultTo(model, "withdrawalForm", new CaseForms.Withdrawal(today));
		defaultTo(model, "appealForm", new CaseForms.Appeal(null, today, ""));
		if (actions.reply()) {
			defaultTo(model, "replyForm", new CaseForms.Reply(letters.draft(view)));
		}
		if (actions.noticeFee()) {
			fee(id, sent, model);
		}
		Map<Long, CaseForms.DecisionForm> decisions = perItem(view, sent, today, model);
		model.addAttribute("linked", documents.describe(Stream
			.concat(view.items().stream().flatMap(item -> item.documentIds().stream()),
					decisions.values().stream().flatMap(form -> form.documentIds().stream()))
			.distinct()
			.toList()));
		defaultTo(model, "hits", List.of());
		return VIEW;
	}

	private void choices(CaseView view, Model model) {
		model.addAttribute("units", units.active());
		model.addAttribute("replyTypes",
				Arrays.stream(ReplyType.values()).filter(r -> r.allowedUnder(view.rules())).toList());
		model.addAttribute("grounds",
				Arrays.stream(Ground.values()).filter(g -> g.allowedUnder(view.rules())).toList());
		model.addAttribute("consultationKinds", Arrays.stream(StopKind.values())
			.filter(k -> k.consultation() && (k == StopKind.THIRD_PARTY || view.rules().coProducersConsulted()))
			.toList());
		model.addAttribute("consultationOutcomes", ConsultationOutcome.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("appealKinds", AppealKind.values());
		model.addAttribute("appealOutcomes", AppealOutcome.values());
		model.addAttribute("feeBases", FeeBasis.values());
		model.addAttribute("maxExtension", view.rules().maxExtensionDays());
		model.addAttribute("correctionDays", properties.correctionWorkingDays());
	}

	private void fee(long id, Sent sent, Model model) {
		int count = facts.monthlyCount(CurrentStaff.require(), id);
		defaultTo(model, "feeForm", new CaseForms.Fee(FeeBasis.PER_REQUEST, count));
		CaseForms.Fee typed = (CaseForms.Fee) model.getAttribute("feeForm");
		Integer previewQuantity = null;
		Integer previewAmount = null;
		if (sent.is("fee") && typed.basis() != null && typed.quantity() != null && typed.quantity() > 0) {
			previewQuantity = typed.quantity();
			previewAmount = Fees.amount(typed.basis(), typed.quantity());
		}
		model.addAttribute("feeQuote",
				new FeeQuote(count, Fees.amount(FeeBasis.PER_REQUEST, Math.max(count, 1)), previewQuantity, previewAmount));
	}

	/** The forms that exist once per item, stop or appeal; the one just sent keeps what was typed. */
	private static Map<Long, CaseForms.DecisionForm> perItem(CaseView view, Sent sent, LocalDate today,
			Model model) {
		Map<Long, CaseForms.DecisionForm> decisions = new LinkedHashMap<>();
		for (CaseView.ItemView item : view.items()) {
			decisions.put(item.id(), new CaseForms.DecisionForm(item.reply(), item.ground(), item.explanation(),
					item.documentIds(), "", ""));
		}
		Map<Long, CaseForms.ConsultationAnswer> answers = new LinkedHashMap<>();
		view.stops().forEach(stop -> answers.put(stop.id(), new CaseForms.ConsultationAnswer(today, null, "")));
		Map<Long, CaseForms.AppealDecision> appeals = new LinkedHashMap<>();
		view.appeals().forEach(appeal -> appeals.put(appeal.id(), new CaseForms.AppealDecision(null, today, "")));
		keepTyped(sent, "decision-", model.getAttribute("decisionForm"), decisions);
		keepTyped(sent, "answer-", model.getAttribute("answerForm"), answers);
		keepTyped(sent, "appeal-", model.getAttribute("appealDecisionForm"), appeals);
		model.addAttribute("decisionForms", decisions);
		model.addAttribute("answerForms", answers);
		model.addAttribute("appealForms", appeals);
		return decisions;
	}

	@SuppressWarnings("unchecked")
	private static <T> void keepTyped(Sent sent, String prefix, Object typed, Map<Long, T> forms) {
		if (typed != null && sent.form().startsWith(prefix)) {
			forms.put(Long.valueOf(sent.form().substring(prefix.length())), (T) typed);
		}
	}

	private static void defaultTo(Model model, String name, Object value) {
		if (model.getAttribute(name) == null) {
			model.addAttribute(name, value);
		}
	}

}
