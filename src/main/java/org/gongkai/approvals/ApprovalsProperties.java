package org.gongkai.approvals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of approval cases.
 *
 * @param numberPrefix the case number's prefix before the year and serial (SP2026-00001)
 * @param decidingBody the body that decides (许可机关), as the 双公示 record names it
 * @param fallingDueDays a running case is "falling due" when its promised limit ends within this many working days
 * @param importMaxRows the most rows an import file may hold
 */
@Validated
@ConfigurationProperties("gongkai.approvals")
public record ApprovalsProperties(@DefaultValue("SP") @NotBlank @Pattern(regexp = "[A-Z]{0,6}") String numberPrefix,
		@DefaultValue("湖南省人力资源和社会保障厅") @NotBlank String decidingBody,
		@DefaultValue("3") @Min(0) @Max(30) int fallingDueDays,
		@DefaultValue("5000") @Min(1) @Max(100000) int importMaxRows) {
}
