package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who may grant which role: personal-data roles only by the office head, to someone else (issue 14, item 7). */
class RoleGrantsTest {

	static final Me ADMIN = new Me(1, "admin", "Admin", 1, "办公室", EnumSet.of(Role.SYSTEM_ADMIN));

	static final Me OFFICE_HEAD = new Me(2, "officehead", "Head", 2, "公开办",
			EnumSet.of(Role.DISCLOSURE_OFFICE, Role.DISCLOSURE_OFFICE_HEAD));

	static final Me UNIT_HEAD = new Me(3, "head", "Head", 3, "财务处", EnumSet.of(Role.UNIT_HEAD));

	static final Me OFFICE = new Me(4, "office", "Office", 2, "公开办", EnumSet.of(Role.DISCLOSURE_OFFICE));

	@Test
	void anAdministratorCannotGiveItselfOrAnyoneTheDisclosureOfficeRole() {
		assertThat(RoleGrants.refusal(ADMIN, ADMIN.id(), Set.of(Role.DISCLOSURE_OFFICE), Set.of()))
			.contains("staff.role.self");
		assertThat(RoleGrants.refusal(ADMIN, 99L, Set.of(Role.DISCLOSURE_OFFICE), Set.of()))
			.contains("staff.role.personalData");
		assertThat(RoleGrants.refusal(ADMIN, null, Set.of(Role.REQUEST_HANDLER), Set.of()))
			.contains("staff.role.personalData");
		assertThat(RoleGrants.grantable(ADMIN)).containsExactly(Role.SYSTEM_ADMIN, Role.UNIT_EDITOR, Role.UNIT_REVIEWER,
				Role.UNIT_HEAD);
	}

	@Test
	void theOfficeHeadGrantsPersonalDataRolesToOthersButNeverToThemselves() {
		assertThat(RoleGrants.refusal(OFFICE_HEAD, 99L, Set.of(Role.DISCLOSURE_OFFICE, Role.REQUEST_HANDLER,
				Role.DISCLOSURE_OFFICE_HEAD), Set.of())).isEmpty();
		assertThat(RoleGrants.refusal(OFFICE_HEAD, OFFICE_HEAD.id(), Set.of(Role.REQUEST_HANDLER), Set.of()))
			.contains("staff.role.self");
		assertThat(RoleGrants.refusal(OFFICE_HEAD, 99L, Set.of(Role.UNIT_EDITOR), Set.of())).contains("staff.role.denied");
		assertThat(RoleGrants.refusal(OFFICE_HEAD, 99L, Set.of(Role.SYSTEM_ADMIN), Set.of())).contains("staff.role.denied");
	}

	@Test
	void anOfficeMemberOrAUnitHeadGrantsNoPersonalDataRole() {
		assertThat(RoleGrants.refusal(OFFICE, 99L, Set.of(Role.DISCLOSURE_OFFICE), Set.of()))
			.contains("staff.role.personalData");
		assertThat(RoleGrants.refusal(UNIT_HEAD, 99L, Set.of(Role.REQUEST_HANDLER), Set.of()))
			.contains("staff.role.personalData");
		assertThat(RoleGrants.refusal(UNIT_HEAD, 99L, Set.of(Role.UNIT_EDITOR, Role.UNIT_REVIEWER), Set.of())).isEmpty();
		assertThat(RoleGrants.refusal(UNIT_HEAD, 99L, Set.of(Role.SYSTEM_ADMIN), Set.of())).contains("staff.role.denied");
	}

	@Test
	void thoseWhoKeepAccountsMayTakeAPersonalDataRoleAwayButNotGiveIt() {
		assertThat(RoleGrants.refusal(ADMIN, 99L, Set.of(), Set.of(Role.DISCLOSURE_OFFICE))).isEmpty();
		assertThat(RoleGrants.refusal(UNIT_HEAD, 99L, Set.of(), Set.of(Role.REQUEST_HANDLER))).isEmpty();
		assertThat(RoleGrants.refusal(OFFICE, 99L, Set.of(), Set.of(Role.REQUEST_HANDLER))).contains("staff.role.denied");
	}

	@Test
	void exactlyTheOfficeTheOfficeHeadAndTheRequestHandlerOpenPersonalData() {
		assertThat(EnumSet.allOf(Role.class).stream().filter(Role::opensPersonalData))
			.containsExactlyInAnyOrder(Role.DISCLOSURE_OFFICE, Role.DISCLOSURE_OFFICE_HEAD, Role.REQUEST_HANDLER);
	}

}
