/**
 * The web side of approval cases: the public progress lookup (page and API), the console's list, case page,
 * registration and import, the staff API, and the console navigation's entry and dashboard cards.
 */
package org.gongkai.approvals.web;
