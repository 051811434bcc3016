/**
 * Approval cases (办件): from receipt through acceptance, review and decision to delivery, each step dated, with
 * statutory and promised deadlines in working days, and the public progress lookup by case number and query code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals",
		allowedDependencies = { "common", "audit", "identity", "calendar", "powers" })
package org.gongkai.approvals;
