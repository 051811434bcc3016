/**
 * The disclosure catalogue (信息公开目录): documents with the national catalogue metadata, categories, index
 * numbers, attachments, and the publishing workflow through confidentiality review, validity and versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
		allowedDependencies = { "common", "audit", "identity", "calendar", "mail" })
package org.gongkai.catalogue;
