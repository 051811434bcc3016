/**
 * The annual statistics of disclosure on application (依申请公开统计) for the disclosure office: the console page
 * with the report's Tables B and C, their checks and the timeliness figures, the staff API, and the CSV and XLSX
 * downloads.
 */
package org.gongkai.requests.statistics;
