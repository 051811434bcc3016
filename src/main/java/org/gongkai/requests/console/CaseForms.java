package org.gongkai.requests.console;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import org.gongkai.requests.AppealKind;
import org.gongkai.requests.AppealOutcome;
import org.gongkai.requests.ConsultationOutcome;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.FeeBasis;
import org.gongkai.requests.Ground;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.StopKind;

/**
 * What each step of a case takes, from a console form or as a JSON body of the staff API. Field names are the
 * ones the facade's refusals name, so a refusal lands next to its field. Required values are checked by the
 * facade, which cites the rule; the sizes here only keep text within its column. A step that happened before it is
 * recorded takes the day it happened ({@code on}; empty: today), never in the future nor before the previous step.
 */
public final class CaseForms {

	private CaseForms() {
	}

	/** 分办: the units that handle the application (disclosure office). */
	public record Assign(List<Long> unitIds) {
	}

	/** 告知补正: what to correct and by when (empty: the configured number of working days). */
	public record Correction(@Size(max = 900) String whatToCorrect,
			@DateTimeFormat(iso = ISO.DATE) LocalDate correctBy, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/** The corrected application arrived (empty: today). */
	public record CorrectionArrival(@DateTimeFormat(iso = ISO.DATE) LocalDate arrivedOn) {
	}

	/** 征求意见: a third party (THIRD_PARTY) or a co-producing agency (CO_PRODUCER), and who. */
	public record Consultation(StopKind kind, @Size(max = 1000) String party,
			@DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/** The consulted party's answer (or silence after its deadline). */
	public record ConsultationAnswer(@DateTimeFormat(iso = ISO.DATE) LocalDate answeredOn,
			ConsultationOutcome outcome, @Size(max = 2000) String note) {
	}

	/** 延期: working days asked for and why; the office head decides. */
	public record Extension(Integer days, @Size(max = 900) String reason,
			@DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/** The office head's decision on the proposed extension. */
	public record ExtensionDecision(boolean approve, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/** 收费通知: basis and quantity (per request: the applicant's monthly count when empty; per page: pages). */
	public record Fee(FeeBasis basis, Integer quantity, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/** The fee was paid (empty: today). */
	public record Payment(@DateTimeFormat(iso = ISO.DATE) LocalDate paidOn) {
	}

	/** 答复: the letter as issued. */
	@Schema(name = "ReplyLetter")
	public record Reply(@Size(max = 100_000) String letter, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/** 送达: how and when (empty: today). */
	public record DeliveryRecord(Delivery channel, @DateTimeFormat(iso = ISO.DATE) LocalDate deliveredOn) {
	}

	/** 撤回 made in person or in writing (empty: today). */
	@Schema(name = "RequestWithdrawal")
	public record Withdrawal(@DateTimeFormat(iso = ISO.DATE) LocalDate withdrawnOn) {
	}

	/** 行政复议 or 行政诉讼 filed against the reply. */
	public record Appeal(AppealKind kind, @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn,
			@Size(max = 2000) String note) {
	}

	/** The result of a reconsideration or lawsuit. */
	public record AppealDecision(AppealOutcome outcome, @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
			@Size(max = 2000) String note) {
	}

	/**
	 * 答复决定 of one requested item (API): the reply, the ground where the reply needs one, the explanation, and
	 * the catalogue documents that answer it, by id or by index number (索引号).
	 */
	public record Decision(ReplyType reply, Ground ground, @Size(max = 4000) String explanation,
			List<Long> documentIds, List<String> indexNumbers, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
	}

	/**
	 * The console's decision form: as {@link Decision}, with the index numbers typed in one box and the words of
	 * the catalogue search ({@code docq}) that lists documents to tick.
	 */
	public record DecisionForm(ReplyType reply, Ground ground, @Size(max = 4000) String explanation,
			List<Long> documentIds, @Size(max = 2000) String indexNumbers, @Size(max = 100) String docq,
			@DateTimeFormat(iso = ISO.DATE) LocalDate on) {

		public DecisionForm {
			documentIds = documentIds == null ? List.of() : documentIds.stream().filter(id -> id != null).toList();
		}

	}

}
