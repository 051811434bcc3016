/** Working-day calendar (工作日历): statutory holidays, make-up working days and the due dates counted in working days. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "common", "audit" })
package org.gongkai.calendar;
