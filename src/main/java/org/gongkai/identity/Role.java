package org.gongkai.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a staff member may do. Unit roles act within the member's own unit only.
 * <p>
 * Who grants a role ({@link RoleGrants}): the roles that open applicants' personal data
 * ({@link #opensPersonalData()}) only the head of the disclosure office, never on their own account; the others
 * administrators (any account) and unit heads (the unit roles, their own unit).
 */
public enum Role {

	/** 系统管理员: units, accounts, everything. */
	SYSTEM_ADMIN,
	/** 公开办: the disclosure office, across all units; keeps the calendar, reads the audit log. */
	DISCLOSURE_OFFICE,
	/** 信息编辑: drafts and publishes the unit's information. */
	UNIT_EDITOR,
	/** 保密审查员: the unit's confidentiality review. */
	UNIT_REVIEWER,
	/** 单位负责人: heads the unit, manages its staff. */
	UNIT_HEAD,
	/** 申请承办人: handles disclosure applications assigned to the unit. */
	REQUEST_HANDLER,
	/** 公开办负责人: heads the disclosure office; approves extensions of the reply period. */
	DISCLOSURE_OFFICE_HEAD;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public String messageKey() {
		return "role." + name();
	}

	/**
	 * Roles that open applicants' personal data (full identity numbers, addresses, the applications themselves):
	 * granted only by the head of the disclosure office, to someone else.
	 */
	public boolean opensPersonalData() {
		return this == DISCLOSURE_OFFICE || this == DISCLOSURE_OFFICE_HEAD || this == REQUEST_HANDLER;
	}

	/** Roles valid across all units: never granted by a unit head. */
	public boolean departmentWide() {
		return this == SYSTEM_ADMIN || this == DISCLOSURE_OFFICE || this == DISCLOSURE_OFFICE_HEAD;
	}

}
