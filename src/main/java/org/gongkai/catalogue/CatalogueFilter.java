package org.gongkai.catalogue;

/**
 * Filters of the public catalogue and the documents API; every one optional.
 *
 * @param category a category id (its subcategories included)
 * @param unit the responsible unit's id
 * @param year the year of publication
 * @param type a document type
 * @param validity 有效性
 */
public record CatalogueFilter(Long category, Long unit, Integer year, String type, Validity validity) {

	public static CatalogueFilter none() {
		return new CatalogueFilter(null, null, null, null, null);
	}

}
