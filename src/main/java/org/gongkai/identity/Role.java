package org.gongkai.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a staff member may do. Unit roles act within the member's own unit only. */
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

	/** Roles valid across all units: only a system administrator may grant them. */
	public boolean departmentWide() {
		return this == SYSTEM_ADMIN || this == DISCLOSURE_OFFICE || this == DISCLOSURE_OFFICE_HEAD;
	}

}
