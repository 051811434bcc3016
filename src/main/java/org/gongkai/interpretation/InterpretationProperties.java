package org.gongkai.interpretation;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Interpretation settings (gongkai.interpretation.*).
 *
 * @param policyTypes document types whose publication opens an interpretation task (行政规范性文件; the office may
 *        add others)
 * @param withinWorkingDays working days after the policy's publication by which the interpretation is due
 * @param documentType the catalogue document type of interpretations (one of gongkai.catalogue.document-types)
 * @param category the code of the catalogue category interpretations are filed in
 */
@Validated
@ConfigurationProperties("gongkai.interpretation")
public record InterpretationProperties(@DefaultValue("行政规范性文件") @NotEmpty List<String> policyTypes,
		@DefaultValue("3") @Min(1) int withinWorkingDays, @DefaultValue("政策解读") String documentType,
		@DefaultValue("interpretation") String category) {
}
