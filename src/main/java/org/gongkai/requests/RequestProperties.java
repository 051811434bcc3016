package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Disclosure-application settings (gongkai.requests.*): local practice, never national law, so configuration.
 *
 * @param trackingPrefix letters before the year of every tracking number ({@code YS2026-00001})
 * @param rules2019From the first receipt date under the 2019 rules (our assumption for the transition: DOMAIN.md §1)
 * @param onlineReceiptNextWorkingDay an online application submitted on a rest day is received on the next working
 * day; {@code false} receives it on the day submitted
 * @param consultationWorkingDays the time a third party or co-producing agency has to answer
 * @param correctionWorkingDays the default time given to the applicant to correct the application
 * @param feePaymentWorkingDays the time to pay a fee notice
 * @param reminderWorkingDaysBefore working days before a due date on which handlers are reminded (and on the day)
 * @param feesFrom the first receipt date to which the fee rules apply (政府信息公开信息处理费管理办法, in force 2021-01-01)
 */
@Validated
@ConfigurationProperties("gongkai.requests")
public record RequestProperties(@DefaultValue("YS") @NotBlank String trackingPrefix,
		@DefaultValue("2019-05-15") @NotNull LocalDate rules2019From,
		@DefaultValue("true") boolean onlineReceiptNextWorkingDay,
		@DefaultValue("15") @Min(1) @Max(60) int consultationWorkingDays,
		@DefaultValue("15") @Min(1) @Max(60) int correctionWorkingDays,
		@DefaultValue("20") @Min(1) @Max(60) int feePaymentWorkingDays,
		@DefaultValue({ "5", "2" }) List<Integer> reminderWorkingDaysBefore,
		@DefaultValue("2021-01-01") @NotNull LocalDate feesFrom) {

	/** Whether a processing fee may be charged for an application received on {@code receivedOn}. */
	public boolean feesApply(LocalDate receivedOn) {
		return !receivedOn.isBefore(feesFrom);
	}

	public RuleSet rulesFor(LocalDate receivedOn) {
		return receivedOn.isBefore(rules2019From) ? RuleSet.R2008 : RuleSet.R2019;
	}

}
