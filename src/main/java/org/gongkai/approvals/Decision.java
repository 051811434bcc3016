package org.gongkai.approvals;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A decision as staff enter it (准予 or 不予许可).
 *
 * @param day the decision's date
 * @param decisionNumber 决定书文号
 * @param content 许可内容, required when approved
 * @param reason why it was refused, required when refused
 * @param validFrom first day the licence is valid (approved only)
 * @param validUntil last day the licence is valid, or null for no end
 */
@Schema(name = "ApprovalDecision")
public record Decision(Boolean approved, LocalDate day, String decisionNumber, String content, String reason,
		LocalDate validFrom, LocalDate validUntil) {
}
