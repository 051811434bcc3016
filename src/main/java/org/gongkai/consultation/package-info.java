/**
 * Decisions in the open (决策公开): drafts open for public comment (公开征求意见) article by article, moderation of
 * the comments, the published feedback on how the opinions were used (意见采纳情况) with the final decision, and
 * the records of major decisions (重大行政决策) through their five statutory procedures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation",
		allowedDependencies = { "common", "audit", "identity", "calendar", "catalogue", "mail" })
package org.gongkai.consultation;
