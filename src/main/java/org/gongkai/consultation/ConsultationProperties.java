package org.gongkai.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Consultation settings (gongkai.consultation.*). Periods count from the day after opening, as statutory
 * periods do (期间开始之日不计算在内): a draft opened on 1 December for 30 days closes on 31 December at the earliest.
 *
 * @param minimumDays the least period of a consultation, in calendar days (一般不少于30日)
 * @param normativeMinimumWorkingDays the least period for a normative document (行政规范性文件), in working days
 * @param commentMaxLength the longest comment accepted, in characters
 * @param maxFileSize the largest file published with a draft
 */
@Validated
@ConfigurationProperties("gongkai.consultation")
public record ConsultationProperties(@DefaultValue("30") @Min(1) int minimumDays,
		@DefaultValue("7") @Min(1) int normativeMinimumWorkingDays,
		@DefaultValue("2000") @Min(100) @Max(4000) int commentMaxLength,
		@DefaultValue("20MB") DataSize maxFileSize) {
}
