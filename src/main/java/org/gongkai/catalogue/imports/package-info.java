/**
 * Taking documents over into the catalogue: the bulk import of an earlier site's metadata (CSV or XLSX) and
 * files (ZIP), checked whole before anything is written, and the demo catalogue loaded on first start.
 */
package org.gongkai.catalogue.imports;
