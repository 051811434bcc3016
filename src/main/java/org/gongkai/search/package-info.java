/** Chinese full-text search over public content (Hibernate Search: Lucene embedded, Elasticsearch/OpenSearch by configuration). */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "common", "audit", "catalogue", "identity" })
package org.gongkai.search;
