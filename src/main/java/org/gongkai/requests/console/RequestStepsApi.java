package org.gongkai.requests.console;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;

/**
 * The handling steps of a case for scripts and integrations, one POST each, answering the case as it now is. A
 * step that happened earlier takes its day ({@code on}), recorded with who entered it and when. A
 * refused step changes nothing and answers problem details with the article that forbids it (400 a missing or
 * wrong value, naming the field; 409 not in this state; 403 not yours to take; 404 not your case).
 */
@RestController
@RequestMapping("/api/v1/admin/requests/{id:\\d+}")
@Tag(name = "Staff: disclosure applications")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class RequestStepsApi {

	private final CaseHandling handling;

	private final DocumentLinks documents;

	RequestStepsApi(CaseHandling handling, DocumentLinks documents) {
		this.handling = handling;
		this.documents = documents;
	}

	@PostMapping("/correction")
	@Operation(summary = "补正: ask the applicant once, within 7 working days of receipt, to correct the application; "
			+ "the clock stops")
	CaseView requestCorrection(@PathVariable long id, @Valid @RequestBody CaseForms.Correction body) {
		handling.requestCorrection(CurrentStaff.require(), id, body.whatToCorrect(), body.correctBy(), body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/correction/arrival")
	@Operation(summary = "The corrected application arrived: the reply period restarts in full")
	CaseView recordCorrection(@PathVariable long id, @Valid @RequestBody CaseForms.CorrectionArrival body) {
		handling.recordCorrection(CurrentStaff.require(), id, body.arrivedOn());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/correction/close")
	@Operation(summary = "Not corrected by the set date: closed as abandoned (row (六)1)")
	CaseView closeNotCorrected(@PathVariable long id) {
		handling.closeNotCorrected(CurrentStaff.require(), id);
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/consultations")
	@Operation(summary = "征求意见 of a third party or a co-producing agency; 15 working days, not counted")
	CaseView consult(@PathVariable long id, @Valid @RequestBody CaseForms.Consultation body) {
		handling.startConsultation(CurrentStaff.require(), id, body.kind(), body.party(), body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/consultations/{stopId:\\d+}/answer")
	@Operation(summary = "The consulted party's answer (or silence after its deadline): the clock runs again")
	CaseView answer(@PathVariable long id, @PathVariable long stopId,
			@Valid @RequestBody CaseForms.ConsultationAnswer body) {
		handling.recordConsultationAnswer(CurrentStaff.require(), id, stopId, body.answeredOn(), body.outcome(), body.note());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/extension")
	@Operation(summary = "Propose the one extension (延期), at most 20 working days (15 under the 2008 rules)")
	CaseView proposeExtension(@PathVariable long id, @Valid @RequestBody CaseForms.Extension body) {
		handling.proposeExtension(CurrentStaff.require(), id, body.days() == null ? 0 : body.days(), body.reason(),
				body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/extension/decision")
	@Operation(summary = "Approve or refuse the proposed extension (head of the disclosure office only)")
	CaseView decideExtension(@PathVariable long id, @Valid @RequestBody CaseForms.ExtensionDecision body) {
		handling.decideExtension(CurrentStaff.require(), id, body.approve(), body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/fee")
	@Operation(summary = "收费通知 under the 2020 rules; per request the quantity defaults to the applicant's count "
			+ "in the receipt's month")
	CaseView noticeFee(@PathVariable long id, @Valid @RequestBody CaseForms.Fee body) {
		handling.noticeFee(CurrentStaff.require(), id, body.basis(), body.quantity(), body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/fee/payment")
	@Operation(summary = "The fee was paid: the clock runs again")
	CaseView recordPayment(@PathVariable long id, @Valid @RequestBody CaseForms.Payment body) {
		handling.recordPayment(CurrentStaff.require(), id, body.paidOn());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/fee/close")
	@Operation(summary = "Not paid by the notice's deadline: processing ends (row (六)2)")
	CaseView closeUnpaid(@PathVariable long id) {
		handling.closeUnpaid(CurrentStaff.require(), id);
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/items/{itemId:\\d+}/decision")
	@Operation(summary = "Decide one requested item: reply type, ground (required for 不予公开 and 部分公开), "
			+ "explanation, catalogue documents by id or index number")
	CaseView decide(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody CaseForms.Decision body) {
		handling.decide(CurrentStaff.require(), id, itemId, body.reply(), body.ground(), body.explanation(),
				documents.ids(body.documentIds(), body.indexNumbers()), body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/reply")
	@Operation(summary = "Issue the reply letter (答复告知书) once every item is decided; kept as issued")
	CaseView reply(@PathVariable long id, @Valid @RequestBody CaseForms.Reply body) {
		handling.reply(CurrentStaff.require(), id, body.letter(), body.on());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/delivery")
	@Operation(summary = "送达: how and when the reply reached the applicant")
	CaseView deliver(@PathVariable long id, @Valid @RequestBody CaseForms.DeliveryRecord body) {
		handling.recordDelivery(CurrentStaff.require(), id, body.channel(), body.deliveredOn());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/archive")
	@Operation(summary = "办结归档 of an answered and delivered application")
	CaseView archive(@PathVariable long id) {
		handling.archive(CurrentStaff.require(), id);
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/withdrawal")
	@Operation(summary = "Record a withdrawal the applicant made in person or in writing")
	CaseView withdraw(@PathVariable long id, @Valid @RequestBody CaseForms.Withdrawal body) {
		handling.recordWithdrawal(CurrentStaff.require(), id, body.withdrawnOn());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/appeals")
	@Operation(summary = "Record an administrative reconsideration or lawsuit against the reply (Table C)")
	CaseView recordAppeal(@PathVariable long id, @Valid @RequestBody CaseForms.Appeal body) {
		handling.recordAppeal(CurrentStaff.require(), id, body.kind(), body.filedOn(), body.note());
		return handling.view(CurrentStaff.require(), id);
	}

	@PostMapping("/appeals/{appealId:\\d+}/decision")
	@Operation(summary = "Record the result of a reconsideration or lawsuit")
	CaseView decideAppeal(@PathVariable long id, @PathVariable long appealId,
			@Valid @RequestBody CaseForms.AppealDecision body) {
		handling.decideAppeal(CurrentStaff.require(), id, appealId, body.outcome(), body.decidedOn(), body.note());
		return handling.view(CurrentStaff.require(), id);
	}

}
