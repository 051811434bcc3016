/** The public portal's shell: home page, navigation of the sections, layout, footer, accessibility toolbar. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = "common")
package org.gongkai.portal;
