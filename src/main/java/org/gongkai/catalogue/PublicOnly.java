package org.gongkai.catalogue;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Conditional indexing: only public documents are in the search index, so that a published document is
 * searchable at once and a withdrawn one is gone at once, in the same transaction as the change.
 */
public class PublicOnly implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("status").use("disclosure");
		context.bridge(Document.class, new Bridge());
	}

	static class Bridge implements RoutingBridge<Document> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, Document document,
				RoutingBridgeRouteContext context) {
			if (document.isPublic()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Document document,
				RoutingBridgeRouteContext context) {
			routes.addRoute();
		}

	}

}
