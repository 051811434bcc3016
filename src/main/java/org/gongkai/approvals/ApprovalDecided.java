package org.gongkai.approvals;

import java.time.LocalDate;

import org.gongkai.powers.PowerType;

/**
 * Published when an approval case is decided (approved or refused), after the decision is committed. The 双公示
 * publicity of licensing decisions listens to it: a 行政许可 decision must be online within 7 working days of
 * {@link #decidedOn()}.
 *
 * @param caseNumber the case's number (办件编号)
 * @param powerCode the power item's code in the power list
 * @param powerType the power item's type (only {@link PowerType#LICENSING} decisions go to 双公示)
 * @param itemName the item's name (项目名称)
 * @param category the kind of application (审批类别: 新办, 变更, 延续, 注销 ...)
 * @param content what was permitted (许可内容); blank when refused
 * @param applicantName the applicant (行政相对人), unmasked: whoever shows it masks it
 * @param naturalPerson whether the applicant is a natural person (whose name and ID number are masked in public)
 * @param applicantCode the applicant's unified social credit code, or ID number for a natural person
 * @param decidingBody the body that decided (许可机关)
 * @param decisionNumber the decision's number (决定书文号)
 * @param decidedOn the decision's date
 * @param approved whether it was approved
 * @param validFrom first day the licence is valid, or null
 * @param validUntil last day the licence is valid, or null for no end
 */
public record ApprovalDecided(String caseNumber, String powerCode, PowerType powerType, String itemName, String category,
		String content, String applicantName, boolean naturalPerson, String applicantCode, String decidingBody,
		String decisionNumber, LocalDate decidedOn, boolean approved, LocalDate validFrom, LocalDate validUntil) {
}
