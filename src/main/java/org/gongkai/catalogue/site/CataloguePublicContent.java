package org.gongkai.catalogue.site;

import java.time.Instant;
import java.util.Optional;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.PublicFingerprint;
import org.gongkai.common.PublicContent;
import org.springframework.stereotype.Component;

/**
 * What the public catalogue pages are built from: the documents the public sees or saw (their count and the
 * sums of their ids and versions, which any publication, revision, change of validity or withdrawal moves),
 * the category tree (its names show on every page) and the disclosure guide.
 */
@Component
class CataloguePublicContent implements PublicContent {

	private final Catalogue catalogue;

	private final Guides guides;

	CataloguePublicContent(Catalogue catalogue, Guides guides) {
		this.catalogue = catalogue;
		this.guides = guides;
	}

	@Override
	public State state() {
		Optional<GuideView> guide = guides.current();
		PublicFingerprint documents = catalogue.publicFingerprint();
		Instant changed = documents.lastChange() == null ? Instant.EPOCH : documents.lastChange();
		Instant guideChanged = guide.map(GuideView::updatedAt).orElse(Instant.EPOCH);
		return new State(guideChanged.isAfter(changed) ? guideChanged : changed, documents + "|"
				+ catalogue.categories() + "|" + guide.map(GuideView::version).orElse(0L) + "@" + guideChanged);
	}

}
