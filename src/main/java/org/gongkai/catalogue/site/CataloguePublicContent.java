package org.gongkai.catalogue.site;

import java.time.Instant;

import org.gongkai.audit.AuditLog;
import org.gongkai.common.PublicContent;
import org.springframework.stereotype.Component;

/**
 * What the public catalogue pages are built from: documents, categories and the disclosure guide. Every change
 * to any of them is audited in the same transaction, so the latest audit entry about them marks the version of
 * the catalogue's public content: one index step, whatever the number of documents and whatever the clocks
 * of the nodes say. (A change to a draft moves it too: pages are rendered again for nothing, which is cheap.)
 */
@Component
class CataloguePublicContent implements PublicContent {

	private final AuditLog audit;

	CataloguePublicContent(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public State state() {
		return audit.latestOf("Document", "Category", "Guide")
			.map(mark -> new State(mark.at(), "audit " + mark.id()))
			.orElse(new State(Instant.EPOCH, "audit 0"));
	}

}
