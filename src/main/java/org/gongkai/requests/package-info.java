/**
 * Disclosure on application (依申请公开): applications from citizens and organisations, the statutory clock in
 * working days with its stops and extension, decisions per requested item, reply letters, fees, reconsideration
 * and litigation records, and the annual report's statistics of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
		allowedDependencies = { "common", "audit", "identity", "calendar", "catalogue", "search", "mail" })
package org.gongkai.requests;
