/**
 * The staff side of public consultation (公开征求意见): the console's list with the consultations still awaiting
 * their feedback, the draft's form and page with its files and the confidentiality review, the moderation queue,
 * the XLSX export of comments, the feedback (意见采纳情况) with its opinion groups, the sensitive-word list, and
 * the staff API under {@code /api/v1/admin/consultations}.
 */
package org.gongkai.consultation.console;
