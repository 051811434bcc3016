/**
 * The staff side of disclosure on application (依申请公开): the console's inbox, case page with a form for every
 * step the rules allow, the registration of applications received in person, by post or by fax, and the staff
 * API under {@code /api/v1/admin/requests}.
 */
package org.gongkai.requests.console;
