/**
 * The web side of major-decision records (重大行政决策): the public list and record pages under {@code /decisions},
 * the console under {@code /admin/decisions} and the public and staff JSON API.
 */
package org.gongkai.consultation.decisions;
