package org.gongkai.services;

import java.time.Instant;

import org.gongkai.common.PublicContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public version of the guides and the register: the last change of a guide the public sees or saw (published,
 * edited while published, withdrawn) and the last certificate recorded.
 */
@Component
class ServicesContent implements PublicContent {

	private final ServiceGuideRepository guides;

	private final RemovedCertificateRepository certificates;

	ServicesContent(ServiceGuideRepository guides, RemovedCertificateRepository certificates) {
		this.guides = guides;
		this.certificates = certificates;
	}

	@Override
	@Transactional(readOnly = true)
	public State state() {
		Instant guide = guides.lastPublicChange();
		Instant certificate = certificates.lastRecorded();
		Instant last = guide == null ? certificate
				: certificate == null || guide.isAfter(certificate) ? guide : certificate;
		return new State(last, "services:" + guides.countPublished() + ":" + certificates.count());
	}

}
