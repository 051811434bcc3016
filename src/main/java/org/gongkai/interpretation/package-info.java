/**
 * Policy interpretation (政策解读): “who drafts, interprets, is responsible” (谁起草、谁解读、谁负责). Each policy of
 * the catalogue may have interpretations in several forms, published through the catalogue's own review within
 * three working days of the policy; the tasks that keep that promise; and the links between policy and
 * interpretation both ways.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interpretation",
		allowedDependencies = { "common", "audit", "identity", "calendar", "catalogue", "search", "mail" })
package org.gongkai.interpretation;
