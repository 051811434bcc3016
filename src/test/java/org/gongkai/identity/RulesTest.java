package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.gongkai.common.RuleViolation;
import org.junit.jupiter.api.Test;

/** The named rules of identity, without Spring. */
class RulesTest {

	final PasswordPolicy policy = new PasswordPolicy(
			new SecurityProperties(new SecurityProperties.Lockout(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(5), Duration.ofHours(1)), 10));

	@Test
	void aPasswordNeedsTenCharactersAndMustNotBeTheUsername() {
		assertThatThrownBy(() -> policy.check("password", "wang", "123456789")).isInstanceOf(RuleViolation.class)
			.hasMessage("password.tooShort");
		assertThatThrownBy(() -> policy.check("password", "wangxiaoming", "WangXiaoMing"))
			.hasMessage("password.equalsUsername");
		policy.check("password", "wang", "1234567890");
	}

	@Test
	void chineseCharactersCountOneEach() {
		assertThatThrownBy(() -> policy.check("password", "li", "人力资源和社会保障")).hasMessage("password.tooShort");
		policy.check("password", "li", "人力资源和社会保障厅");
	}

	@Test
	void unitScopeLetsTheOfficeAndAdministratorsActEverywhereAndOthersAtHome() {
		Me editor = new Me(1, "e", "E", 3, "就业处", EnumSet.of(Role.UNIT_EDITOR));
		Me office = new Me(2, "o", "O", 2, "办公室", EnumSet.of(Role.DISCLOSURE_OFFICE));
		assertThat(UnitScope.covers(editor, 3)).isTrue();
		assertThat(UnitScope.covers(editor, 11)).isFalse();
		assertThat(UnitScope.covers(office, 11)).isTrue();
		assertThatThrownBy(() -> UnitScope.require(editor, 11)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).status().value())
			.isEqualTo(403);
	}

	@Test
	void rolesSurviveTheRoundTripThroughTheirColumn() {
		RolesConverter converter = new RolesConverter();
		Set<Role> roles = EnumSet.of(Role.UNIT_HEAD, Role.UNIT_EDITOR);
		assertThat(converter.convertToDatabaseColumn(roles)).isEqualTo("UNIT_EDITOR,UNIT_HEAD");
		assertThat(converter.convertToEntityAttribute("UNIT_EDITOR,UNIT_HEAD")).isEqualTo(roles);
	}

}
