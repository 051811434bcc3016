/**
 * Append-only, hash-chained log of every state change (审计日志): modules publish {@link org.gongkai.audit.AuditEvent}s,
 * this module records them in the publisher's transaction, lets staff browse, verify and export them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "common")
package org.gongkai.audit;
