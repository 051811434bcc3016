package org.gongkai.interpretation;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentPublished;
import org.gongkai.catalogue.DocumentRevised;
import org.gongkai.catalogue.DocumentWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the catalogue: a published policy of a configured type opens its interpretation task; a published
 * interpretation document makes the interpretation public and fulfils the task; a revision renames it; a
 * withdrawal takes it off the public pages. The events come through the event publication registry, so a failure
 * here is retried rather than lost.
 */
@Component
class PublicationListener {

	private final InterpretationRepository interpretations;

	private final InterpretationTasks tasks;

	private final Catalogue catalogue;

	PublicationListener(InterpretationRepository interpretations, InterpretationTasks tasks, Catalogue catalogue) {
		this.interpretations = interpretations;
		this.tasks = tasks;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void published(DocumentPublished event) {
		interpretations.findByDocumentId(event.documentId()).ifPresentOrElse(interpretation -> {
			interpretation.published(event.title(), event.publishedAt());
			tasks.fulfil(interpretation.getPolicyId(), interpretation.getId(), event.publishedAt());
		}, () -> {
			if (tasks.calledFor(event.documentType())) {
				tasks.open(event.documentId(), event.title(), event.unitId(), event.publishedAt());
			}
		});
	}

	@ApplicationModuleListener
	void revised(DocumentRevised event) {
		interpretations.findByDocumentId(event.documentId())
			.ifPresent(interpretation -> catalogue.publicDocument(event.documentId())
				.ifPresent(document -> interpretation.published(document.title(), event.revisedAt())));
	}

	@ApplicationModuleListener
	void withdrawn(DocumentWithdrawn event) {
		interpretations.findByDocumentId(event.documentId()).ifPresent(Interpretation::withdrawn);
	}

}
