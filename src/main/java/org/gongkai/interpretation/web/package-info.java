/**
 * The web side of policy interpretation: the public list and pages, the public API, the console's task board and
 * creation form, the staff API, and the console navigation's entry.
 */
package org.gongkai.interpretation.web;
