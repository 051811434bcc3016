/**
 * Service guides (办事指南) for the public-facing items of the power list, with the national minimum of eight
 * elements checked before publication, and the register of certificates removed (证明事项清理).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services",
		allowedDependencies = { "common", "audit", "identity", "powers", "search", "approvals" })
package org.gongkai.services;
