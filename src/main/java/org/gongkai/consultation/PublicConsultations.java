package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.common.FileStore;
import org.gongkai.common.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees: consultations open now, upcoming, closed awaiting feedback and concluded; a
 * consultation's page with the draft by article and the approved comments beside each; its files.
 */
@Service
public class PublicConsultations {

	private final ConsultationRepository consultations;

	private final ConsultationViews views;

	private final FileStore files;

	private final Clock clock;

	PublicConsultations(ConsultationRepository consultations, ConsultationViews views, FileStore files, Clock clock) {
		this.consultations = consultations;
		this.views = views;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * One phase (OPEN, UPCOMING, CLOSED or CONCLUDED), or all public ones when {@code phase} is null, newest
	 * opening first (open ones: closing soonest first).
	 */
	@Transactional(readOnly = true)
	public Page<ConsultationSummary> page(Phase phase, int page, int size) {
		LocalDate today = LocalDate.now(clock);
		PageRequest request = PageRequest.of(Math.max(page, 0), size);
		Map<Long, String> unitNames = views.unitNames();
		Page<Consultation> found;
		if (phase == null) {
			found = consultations.findByStatusInOrderByOpensOnDescIdDesc(
					EnumSet.of(ConsultationStatus.PUBLISHED, ConsultationStatus.CONCLUDED), request);
		}
		else {
			found = switch (phase) {
				case OPEN -> consultations.findOpen(today, request);
				case UPCOMING -> slice(consultations.findUpcoming(today), request);
				case CLOSED -> slice(consultations.findClosedBefore(today), request);
				case CONCLUDED -> consultations.findByStatusInOrderByOpensOnDescIdDesc(
						EnumSet.of(ConsultationStatus.CONCLUDED), request);
				case DRAFT -> Page.empty(request);
			};
		}
		return found.map(c -> views.summary(c, unitNames));
	}

	@Transactional(readOnly = true)
	public ConsultationView view(long id) {
		return views.publicView(find(id));
	}

	@Transactional(readOnly = true)
	public FileDownload file(long consultationId, long fileId) {
		ConsultationFile file = find(consultationId).file(fileId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.file.notFound"));
		return FileDownload.of(file, () -> files.open(file.sha256()));
	}

	/** The title of a public consultation, for links from other records (major decisions); empty if none. */
	@Transactional(readOnly = true)
	public Optional<String> title(long id) {
		return consultations.findById(id).filter(c -> c.status() != ConsultationStatus.DRAFT).map(Consultation::title);
	}

	private Consultation find(long id) {
		return consultations.findById(id)
			.filter(c -> c.status() != ConsultationStatus.DRAFT)
			.orElseThrow(() -> RuleViolation.notFound("consultation.notFound"));
	}

	private static Page<Consultation> slice(List<Consultation> all, PageRequest request) {
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), request, all.size());
	}

}
