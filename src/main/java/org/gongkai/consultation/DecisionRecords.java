package org.gongkai.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.common.FileStore;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitScope;
import org.gongkai.identity.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading major-decision records: the public sees published ones only (newest decision first), with their
 * evidence; staff see their unit's records (every unit's for the disclosure office) in any state.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRecords {

	private final MajorDecisionRepository decisions;

	private final DecisionStepRepository steps;

	private final DecisionEvidenceRepository evidence;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final FileStore files;

	private final PublicConsultations consultations;

	DecisionRecords(MajorDecisionRepository decisions, DecisionStepRepository steps,
			DecisionEvidenceRepository evidence, Catalogue catalogue, UnitManagement units, FileStore files,
			PublicConsultations consultations) {
		this.decisions = decisions;
		this.steps = steps;
		this.evidence = evidence;
		this.catalogue = catalogue;
		this.units = units;
		this.files = files;
		this.consultations = consultations;
	}

	/** An evidence file to download: its metadata and its bytes. */
	public record Download(DecisionEvidenceView file, InputStream content) {
	}

	/** Published decisions, the most recently decided first. */
	public Page<MajorDecisionSummary> publicPage(int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size,
				Sort.by(Sort.Direction.DESC, "decidedOn").and(Sort.by(Sort.Direction.DESC, "id")));
		Page<MajorDecision> found = decisions.findByStatus(DecisionStatus.PUBLISHED, request);
		List<MajorDecisionSummary> summaries = summaries(found.getContent());
		return found.map(d -> summaries.stream().filter(s -> s.id() == d.getId()).findFirst().orElseThrow());
	}

	public java.util.Optional<MajorDecisionView> publicDecision(long id) {
		return decisions.findWithSteps(id).filter(d -> d.getStatus() == DecisionStatus.PUBLISHED).map(this::view);
	}

	/** The records of the member's unit, or of every unit for the disclosure office, last changed first. */
	public List<MajorDecisionSummary> staffList(Me me) {
		List<MajorDecision> found = me.office() || me.admin() ? decisions.findAllByOrderByUpdatedAtDesc()
				: decisions.findByUnitIdOrderByUpdatedAtDesc(me.unitId());
		return summaries(found);
	}

	public MajorDecisionView staffDecision(Me me, long id) {
		MajorDecision decision = decisions.findWithSteps(id)
			.orElseThrow(() -> RuleViolation.notFound("decision.notFound", id));
		UnitScope.require(me, decision.getUnitId());
		return view(decision);
	}

	/** Evidence of a published decision, for anyone. */
	public Download publicEvidence(long evidenceId) throws IOException {
		DecisionEvidence file = evidence.findWithDecision(evidenceId)
			.filter(e -> e.getStep().getDecision().getStatus() == DecisionStatus.PUBLISHED)
			.orElseThrow(() -> RuleViolation.notFound("decision.evidence.notFound", evidenceId));
		return new Download(file.toView(), files.open(file.getSha256()));
	}

	/** Any evidence of a decision of the member's units. */
	public Download staffEvidence(Me me, long evidenceId) throws IOException {
		DecisionEvidence file = evidence.findWithDecision(evidenceId)
			.orElseThrow(() -> RuleViolation.notFound("decision.evidence.notFound", evidenceId));
		UnitScope.require(me, file.getStep().getDecision().getUnitId());
		return new Download(file.toView(), files.open(file.getSha256()));
	}

	private List<MajorDecisionSummary> summaries(List<MajorDecision> found) {
		Map<Long, String> names = unitNames();
		Map<Long, List<DecisionStep>> stepsOf = found.isEmpty() ? Map.of()
				: steps.findByDecisionIds(found.stream().map(MajorDecision::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(s -> s.getDecision().getId()));
		return found.stream().map(d -> {
			List<DecisionStep> recorded = stepsOf.getOrDefault(d.getId(), List.of());
			long notApplicable = recorded.stream().filter(DecisionStep::isNotApplicable).count();
			return new MajorDecisionSummary(d.getId(), d.getTitle(), d.getUnitId(), names.getOrDefault(d.getUnitId(), ""),
					d.getStatus(), d.getDecidedOn(), d.getPublishedAt(), d.getUpdatedAt(),
					recorded.size() - notApplicable, notApplicable);
		}).toList();
	}

	private MajorDecisionView view(MajorDecision d) {
		Map<DecisionProcedure, DecisionStep> recorded = d.getSteps()
			.stream()
			.collect(Collectors.toMap(DecisionStep::getProcedure, Function.identity()));
		List<DecisionStepView> all = Arrays.stream(DecisionProcedure.values())
			.map(p -> recorded.containsKey(p) ? recorded.get(p).toView() : DecisionStepView.missing(p))
			.toList();
		String resultTitle = d.getResultDocumentId() == null ? null
				: catalogue.publicDocument(d.getResultDocumentId()).map(DocumentView::title).orElse(null);
		String consultationTitle = d.getConsultationId() == null ? null
				: consultations.title(d.getConsultationId()).orElse(null);
		return new MajorDecisionView(d.getId(), d.getTitle(), d.getSummary(), d.getUnitId(),
				unitNames().getOrDefault(d.getUnitId(), ""), d.getStatus(), d.getConsultationId(), consultationTitle,
				d.getResultDocumentId(), resultTitle, d.getDecidedOn(), d.getPublishedAt(), d.getUpdatedAt(),
				d.getWithdrawnReason(), d.getVersion(), all);
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

}
