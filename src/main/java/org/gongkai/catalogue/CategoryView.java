package org.gongkai.catalogue;

/** A category as pages and the API see it. */
public record CategoryView(long id, Long parentId, String code, String name, int sortOrder) {
}
