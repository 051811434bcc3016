/** Cross-cutting configuration: security, web (i18n, preferences, errors), clock, site identity. */
@org.springframework.modulith.ApplicationModule(displayName = "Config")
package org.gongkai.config;
