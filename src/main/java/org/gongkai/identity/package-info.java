/**
 * Units (处室/单位) of the department, staff accounts with roles, login with lockout, API tokens, and the
 * unit scoping every module uses to check permissions on the server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "common", "audit" })
package org.gongkai.identity;
