/**
 * The staff side of the catalogue: the console pages where units draft, review and publish documents, the
 * staff API under {@code /api/v1/admin/documents}, and the job that publishes scheduled documents.
 */
package org.gongkai.catalogue.console;
