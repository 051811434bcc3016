package org.gongkai.services;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of certificates removed (证明事项清理): kept by the disclosure office and administrators, read by
 * everyone, newest removal first.
 */
@Service
@Transactional
public class RemovedCertificates {

	private final RemovedCertificateRepository certificates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RemovedCertificates(RemovedCertificateRepository certificates, ApplicationEventPublisher events, Clock clock) {
		this.certificates = certificates;
		this.events = events;
		this.clock = clock;
	}

	public static boolean mayRecord(Me me) {
		return me.admin() || me.office();
	}

	/** Records a removal; a removal dated in the future is refused (the register says what has been removed). */
	public CertificateView record(Me me, CertificateForm form) {
		if (!mayRecord(me)) {
			throw RuleViolation.forbidden("services.certificate.denied");
		}
		if (form.removedOn().isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))) {
			throw RuleViolation.invalid("removedOn", "services.certificate.future");
		}
		RemovedCertificate saved = certificates.save(new RemovedCertificate(form, me.username(), clock.instant()));
		events.publishEvent(AuditEvent.of("services.certificate.recorded", "RemovedCertificate", saved.getId(),
				form.name()));
		return saved.toView();
	}

	@Transactional(readOnly = true)
	public Page<CertificateView> page(int page, int size) {
		return certificates
			.findAll(PageRequest.of(Math.max(page, 0), size,
					Sort.by(Sort.Direction.DESC, "removedOn").and(Sort.by(Sort.Direction.DESC, "id"))))
			.map(RemovedCertificate::toView);
	}

}
