package org.gongkai.powers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Power list settings (gongkai.powers.*).
 *
 * @param codeRule how item codes are built and checked: literal characters and the placeholders {@code {region}},
 *        {@code {department}}, {@code {type}} (the type's two digits, 01 行政许可 ... 10 其他行政权力) and
 *        {@code {seq:N}} (an N-digit serial within what precedes it); a province's draft rule is 6 digits region +
 *        3 department + 2 type + 3 item, sub-items adding 2 digits
 * @param regionCode the administrative division code of the department ({@code {region}})
 * @param departmentCode the department's code in the province's rule ({@code {department}})
 */
@Validated
@ConfigurationProperties("gongkai.powers")
public record PowersProperties(
		@DefaultValue("{region}{department}{type}{seq:3}") @NotBlank @Pattern(regexp = ".*\\{seq:[1-9]\\}.*") String codeRule,
		@DefaultValue("430000") @NotBlank String regionCode, @DefaultValue("015") @NotBlank String departmentCode) {
}
