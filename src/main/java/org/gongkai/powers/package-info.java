/**
 * Power and responsibility list (权责清单): the department's powers with their type, legal basis, handling unit,
 * responsibilities per stage and accountability, each item's dated status history (承接, 取消, 下放, 保留, 调整) and
 * the list as it stood on any date; intermediary services for approvals; import and export of the list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Powers",
		allowedDependencies = { "common", "audit", "identity", "catalogue", "search" })
package org.gongkai.powers;
