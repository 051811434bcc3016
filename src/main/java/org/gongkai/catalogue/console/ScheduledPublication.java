package org.gongkai.catalogue.console;

import org.gongkai.catalogue.DocumentWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes approved documents whose scheduled time (定时发布) has come, at the start of every minute. A document
 * is never published twice: the workflow publishes only APPROVED documents and a concurrent run loses on the
 * document's version.
 */
@Component
class ScheduledPublication {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

	private final DocumentWorkflow workflow;

	ScheduledPublication(DocumentWorkflow workflow) {
		this.workflow = workflow;
	}

	@Scheduled(cron = "0 * * * * *")
	void publishDue() {
		int published = workflow.publishDue();
		if (published > 0) {
			log.info("Published {} scheduled document(s)", published);
		}
	}

}
