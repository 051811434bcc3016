package org.gongkai.catalogue;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Catalogue settings (gongkai.catalogue.*).
 *
 * @param indexPrefix the publisher's organisation code before the slash of every index number
 * @param serialWidth digits of the serial after the year
 * @param documentTypes the document types editors choose from (the annual report counts 规章 and 行政规范性文件;
 *        政策解读 is the type of interpretations)
 * @param publishWithinWorkingDays proactive disclosure deadline after the date formed (20 working days)
 * @param maxAttachmentSize the largest attachment accepted
 */
@Validated
@ConfigurationProperties("gongkai.catalogue")
public record CatalogueProperties(@DefaultValue("000014349") @NotBlank String indexPrefix,
		@DefaultValue("5") @Min(3) int serialWidth,
		@DefaultValue({ "规章", "行政规范性文件", "其他文件", "通知公告", "工作动态", "规划计划", "统计信息",
				"人事信息", "政策解读" }) @NotEmpty List<String> documentTypes,
		@DefaultValue("20") @Min(1) int publishWithinWorkingDays, @DefaultValue("20MB") DataSize maxAttachmentSize) {
}
