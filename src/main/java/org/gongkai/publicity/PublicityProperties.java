package org.gongkai.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of 双公示 ({@code gongkai.publicity.*}).
 *
 * @param withinWorkingDays working days after the decision by which its record must be online (7 by the national
 * rule)
 * @param dueSoonWorkingDays records due within this many working days are shown as falling due
 * @param maxImportRows the most rows an import file may hold
 */
@Validated
@ConfigurationProperties("gongkai.publicity")
public record PublicityProperties(@DefaultValue("7") @Min(1) @Max(60) int withinWorkingDays,
		@DefaultValue("2") @Min(0) @Max(20) int dueSoonWorkingDays,
		@DefaultValue("5000") @Min(1) @Max(100000) int maxImportRows) {
}
