package org.gongkai.powers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.DocumentSearch;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The power list (权责清单): the list as of any day and each item with its history for everyone; creating and
 * revising items, recording status changes and intermediary services for the staff who keep them. Every change is
 * checked whole before anything is written and audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Powers {

	private final PowerItemRepository items;

	private final IntermediaryRepository intermediaries;

	private final PowerListQuery list;

	private final DocumentSearch documents;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final CodeRule codes;

	private final Clock clock;

	Powers(PowerItemRepository items, IntermediaryRepository intermediaries, PowerListQuery list,
			DocumentSearch documents, UnitManagement units, ApplicationEventPublisher events,
			PowersProperties properties, Clock clock) {
		this.items = items;
		this.intermediaries = intermediaries;
		this.list = list;
		this.documents = documents;
		this.units = units;
		this.events = events;
		this.codes = new CodeRule(properties);
		this.clock = clock;
	}

	/** The list as of the filter's day (today when none), paged in the database. */
	public Page<PowerRow> page(PowerFilter filter, int page, int size) {
		return list.page(filter, filter.asOf() == null ? today() : filter.asOf(), Math.max(page, 0), size);
	}

	/** An item with its status on {@code asOf} (today when {@code null}), its whole history and its services. */
	public Optional<PowerDetails> item(String code, LocalDate asOf) {
		LocalDate day = asOf == null ? today() : asOf;
		return items.findByCode(code)
			.map(item -> item.toDetails(day)
				.withIntermediaries(intermediaries.findByItemIdOrderById(item.getId())
					.stream()
					.map(Intermediary::toView)
					.toList()));
	}

	/** The public catalogue documents an item's basis links to, by id (a withdrawn one is no longer linked). */
	public Map<Long, DocumentSummary> linkedLaws(PowerDetails item) {
		return documents.publicSummaries(item.basis()
			.stream()
			.map(LegalBasis::documentId)
			.filter(java.util.Objects::nonNull)
			.toList());
	}

	/** The draft of an item as its edit form starts from. */
	public PowerDraft draft(Me me, String code) {
		PowerItem item = existing(code);
		PowerPermissions.requireEdit(me, item.getHandlingUnitId());
		return item.toDraft();
	}

	/**
	 * Creates an item with its first status event (承接 or 保留). A blank {@code code} gets the next one of the code
	 * rule; a given one must fit the rule and be free.
	 */
	@Transactional
	public String create(Me me, String code, PowerDraft draft, StatusChange first) {
		PowerPermissions.requireSee(me);
		check(draft);
		PowerPermissions.requireEdit(me, draft.handlingUnitId());
		String assigned = code == null || code.isBlank() ? nextCode(draft.type()) : checkedCode(code.strip(), draft);
		PowerItem item = new PowerItem(assigned, draft, me.username(), clock.instant());
		item.record(first, me.username(), clock.instant());
		items.save(item);
		audit("powers.item.created", assigned, draft.name().strip() + " " + first.status());
		return assigned;
	}

	@Transactional
	public void revise(Me me, String code, PowerDraft draft) {
		PowerItem item = existing(code);
		PowerPermissions.requireEdit(me, item.getHandlingUnitId());
		check(draft);
		PowerPermissions.requireEdit(me, draft.handlingUnitId());
		if (!codes.fits(code, draft.type()) && item.getType() != draft.type()) {
			throw PowerRules.unprocessable("type", "powers.type.codeMismatch", code);
		}
		item.revise(draft, clock.instant());
		audit("powers.item.revised", code, draft.name().strip());
	}

	/** Records a status change; an illegal transition (see {@link StatusTransitions}) changes nothing. */
	@Transactional
	public void recordStatus(Me me, String code, StatusChange change) {
		PowerItem item = existing(code);
		PowerPermissions.requireEdit(me, item.getHandlingUnitId());
		item.record(change, me.username(), clock.instant());
		audit("powers.item.status", code, change.status() + " " + change.effectiveOn());
	}

	@Transactional
	public IntermediaryView addIntermediary(Me me, String code, IntermediaryDraft draft) {
		PowerItem item = existing(code);
		PowerPermissions.requireEdit(me, item.getHandlingUnitId());
		List<FieldProblem> problems = draft.problems();
		if (!problems.isEmpty()) {
			throw new InvalidPower(problems);
		}
		Intermediary saved = intermediaries.save(new Intermediary(item.getId(), draft));
		audit("powers.intermediary.added", code, draft.name().strip());
		return saved.toView();
	}

	@Transactional
	public void removeIntermediary(Me me, String code, long id) {
		PowerItem item = existing(code);
		PowerPermissions.requireEdit(me, item.getHandlingUnitId());
		Intermediary service = intermediaries.findById(id)
			.filter(s -> s.getItemId() == item.getId())
			.orElseThrow(() -> RuleViolation.notFound("powers.intermediary.notFound", id));
		intermediaries.delete(service);
		audit("powers.intermediary.removed", code, String.valueOf(id));
	}

	/** The draft's problems, the document links and the handling unit included; empty when it may be saved. */
	List<FieldProblem> problems(PowerDraft draft) {
		List<FieldProblem> problems = new ArrayList<>(PowerRules.problems(draft));
		if (draft.handlingUnitId() != null
				&& units.all().stream().noneMatch(u -> u.id() == draft.handlingUnitId() && u.active())) {
			problems.add(new FieldProblem("handlingUnitId", "powers.handlingUnit.unknown"));
		}
		List<Long> linked = draft.basis().stream().map(LegalBasis::documentId).filter(java.util.Objects::nonNull).toList();
		Map<Long, DocumentSummary> found = documents.publicSummaries(linked);
		for (int i = 0; i < draft.basis().size(); i++) {
			Long id = draft.basis().get(i).documentId();
			if (id != null && !found.containsKey(id)) {
				problems.add(new FieldProblem("basis[" + i + "].documentId", "powers.basis.documentUnknown", id));
			}
		}
		return problems;
	}

	CodeRule codeRule() {
		return codes;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private void check(PowerDraft draft) {
		List<FieldProblem> problems = problems(draft);
		if (!problems.isEmpty()) {
			throw new InvalidPower(problems);
		}
	}

	private String checkedCode(String code, PowerDraft draft) {
		if (!codes.fits(code, draft.type())) {
			throw PowerRules.unprocessable("code", "powers.code.rule", codes.code(draft.type(), 1));
		}
		if (items.existsByCode(code)) {
			throw RuleViolation.conflict("code", "powers.code.taken", code);
		}
		return code;
	}

	String nextCode(PowerType type) {
		String prefix = codes.prefix(type);
		int next = items.maxCodeLike(prefix + "%")
			.filter(max -> codes.fits(max, type))
			.map(max -> codes.serialOf(max, type) + 1)
			.orElse(1);
		return codes.code(type, next);
	}

	private PowerItem existing(String code) {
		return items.findByCode(code).orElseThrow(() -> RuleViolation.notFound("powers.notFound", code));
	}

	private void audit(String action, String code, String summary) {
		events.publishEvent(AuditEvent.of(action, "PowerItem", code, summary));
	}

}
