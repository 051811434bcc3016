package org.gongkai.interpretation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.criteria.Predicate;
import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy interpretations (政策解读): created as a catalogue draft of type 政策解读 in the category 政策解读 together
 * with what only this module keeps, in one transaction; from there the editor submits, the confidentiality review
 * approves and the unit publishes it in the catalogue console like any document. The public reads only
 * interpretations whose document is public.
 */
@Service
@Transactional
public class Interpretations {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final InterpretationRepository interpretations;

	private final DocumentWorkflow workflow;

	private final Attachments attachments;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final InterpretationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Interpretations(InterpretationRepository interpretations, DocumentWorkflow workflow, Attachments attachments,
			Catalogue catalogue, UnitManagement units, InterpretationProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.interpretations = interpretations;
		this.workflow = workflow;
		this.attachments = attachments;
		this.catalogue = catalogue;
		this.units = units;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The image of a graphic interpretation (图解), attached to its document. */
	public record Image(String fileName, byte[] content) {
	}

	/** The interpretation created and the catalogue draft that holds it. */
	@Schema(name = "InterpretationCreated")
	public record Created(long id, long documentId) {
	}

	/**
	 * Creates the interpretation and its catalogue draft; refused (nothing saved) when a rule of its form is broken,
	 * the policy is not public, or {@code me} may not draft for the responsible unit.
	 */
	public Created create(Me me, InterpretationDraft draft, Image image) {
		InterpretationRules.check(draft);
		if (draft.form() == InterpretationForm.GRAPHIC && (image == null || image.content().length == 0)) {
			throw RuleViolation.invalid("image", "interpretation.image.required");
		}
		DocumentView policy = policy(draft.policyId());
		long unitId = draft.unitId() == null ? policy.unitId() : draft.unitId();
		if (!workflow.mayEdit(me, unitId)) {
			throw RuleViolation.forbidden("interpretation.edit.denied");
		}
		DocumentMetadata metadata = new DocumentMetadata(draft.title().strip(), Texts.blankToNull(draft.summary()),
				null, units.get(unitId).name(), unitId, categoryId(), properties.documentType(),
				properties.documentType(), LocalDate.now(clock), null, null, Disclosure.PROACTIVE, null,
				InterpretationBody.html(draft));
		long documentId = workflow.createDraft(me, metadata);
		if (image != null && image.content().length > 0) {
			attachments.attach(me, documentId, image.fileName(), image.content());
		}
		Interpretation saved = interpretations
			.save(new Interpretation(policy.id(), policy.title(), documentId, draft, unitId, me.username(), clock.instant()));
		events.publishEvent(AuditEvent.of("interpretation.created", "Interpretation", saved.getId(),
				draft.form() + " of document " + policy.id() + ", draft document " + documentId));
		return new Created(saved.getId(), documentId);
	}

	/** Published interpretations, newest first. */
	@Transactional(readOnly = true)
	public Page<InterpretationSummary> publicPage(InterpretationFilter filter, int page, int size) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), size,
				Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.DESC, "id")));
		return interpretations.findAll(matching(filter), pageable).map(Interpretation::toSummary);
	}

	/** A published interpretation with its document and (when still public) its policy. */
	@Transactional(readOnly = true)
	public Optional<InterpretationView> publicView(long id) {
		return interpretations.findById(id).filter(i -> i.getPublishedAt() != null).flatMap(i -> catalogue
			.publicDocument(i.getDocumentId())
			.map(document -> new InterpretationView(i.toDetails(), document,
					catalogue.publicDocument(i.getPolicyId()).orElse(null), units.get(i.getUnitId()).name())));
	}

	/** The published interpretations of a policy, oldest first. */
	@Transactional(readOnly = true)
	public List<InterpretationSummary> ofPolicy(long policyId) {
		return interpretations.findPublishedOfPolicy(policyId).stream().map(Interpretation::toSummary).toList();
	}

	/** The published interpretation a catalogue document holds, if it holds one. */
	@Transactional(readOnly = true)
	public Optional<InterpretationSummary> publishedByDocument(long documentId) {
		return interpretations.findByDocumentId(documentId)
			.filter(i -> i.getPublishedAt() != null)
			.map(Interpretation::toSummary);
	}

	/** The interpretations of the staff member's unit (all for the disclosure office), newest first, any state. */
	@Transactional(readOnly = true)
	public List<InterpretationSummary> staffList(Me me, int limit) {
		boolean all = me.office() || me.admin();
		return interpretations.findForStaff(all, List.of(me.unitId()), PageRequest.of(0, limit))
			.stream()
			.map(Interpretation::toSummary)
			.toList();
	}

	/** The policy an interpretation may explain: a public document that is no interpretation itself. */
	@Transactional(readOnly = true)
	public DocumentView policy(Long policyId) {
		DocumentView policy = (policyId == null ? Optional.<DocumentView>empty() : catalogue.publicDocument(policyId))
			.orElseThrow(() -> RuleViolation.invalid("policyId", "interpretation.policy.unknown"));
		if (properties.documentType().equals(policy.documentType())) {
			throw RuleViolation.invalid("policyId", "interpretation.policy.isInterpretation");
		}
		return policy;
	}

	private long categoryId() {
		return catalogue.categories()
			.stream()
			.filter(c -> c.code().equals(properties.category()))
			.findFirst()
			.map(CategoryView::id)
			.orElseThrow(() -> RuleViolation.conflict(null, "interpretation.category.missing", properties.category()));
	}

	private static Specification<Interpretation> matching(InterpretationFilter f) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isNotNull(root.get("publishedAt")));
			if (f.policy() != null) {
				where.add(cb.equal(root.get("policyId"), f.policy()));
			}
			if (f.unit() != null) {
				where.add(cb.equal(root.get("unitId"), f.unit()));
			}
			if (f.form() != null) {
				where.add(cb.equal(root.get("form"), f.form()));
			}
			if (f.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("publishedAt"), f.from().atStartOfDay(CHINA).toInstant()));
			}
			if (f.to() != null) {
				where.add(cb.lessThan(root.get("publishedAt"), f.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
