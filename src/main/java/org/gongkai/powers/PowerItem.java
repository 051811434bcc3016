package org.gongkai.powers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.gongkai.search.WordMatches;

/**
 * A power item (职权事项) of the list. Its columns are edited as a whole ({@link #revise}); its status is its
 * history: status events, each effective from a day ({@link #record}), checked by {@link StatusTransitions}.
 * Its name is indexed with the site search's Chinese analyzer, so that the list's words and the site search find
 * items by their words ({@code search.WordMatches}).
 */
@Entity
@Indexed(index = "power_item")
@Table(name = "power_item")
class PowerItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@FullTextField(analyzer = "chinese")
	@KeywordField(name = WordMatches.WHOLE_NAME)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "power_type")
	private PowerType type;

	private String implementingBody;

	private long handlingUnitId;

	private boolean reviewForward;

	private String finalApprovingBody;

	private String accountability;

	private String supervisionMethod;

	private String supervisionPhone;

	private String fees;

	private String timeLimit;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "power_sub_item", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "sub_order")
	@Column(name = "name")
	private List<String> subItems = new ArrayList<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "power_basis", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "basis_order")
	private List<BasisEntry> basis = new ArrayList<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "power_responsibility", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "duty_order")
	private List<DutyEntry> duties = new ArrayList<>();

	@BatchSize(size = 100)
	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("effectiveOn")
	private List<StatusEvent> events = new ArrayList<>();

	protected PowerItem() {
	}

	PowerItem(String code, PowerDraft draft, String createdBy, Instant at) {
		this.code = code;
		this.createdBy = createdBy;
		this.createdAt = at;
		revise(draft, at);
	}

	/** Replaces every column of the item with the (validated) draft; the code and the history stay. */
	void revise(PowerDraft draft, Instant at) {
		this.name = draft.name().strip();
		this.type = draft.type();
		this.implementingBody = draft.implementingBody().strip();
		this.handlingUnitId = draft.handlingUnitId();
		this.reviewForward = draft.reviewForward();
		this.finalApprovingBody = draft.reviewForward() ? draft.finalApprovingBody().strip() : null;
		this.accountability = PowerDraft.trimmed(draft.accountability());
		this.supervisionMethod = PowerDraft.trimmed(draft.supervisionMethod());
		this.supervisionPhone = PowerDraft.trimmed(draft.supervisionPhone());
		this.fees = PowerDraft.trimmed(draft.fees());
		this.timeLimit = PowerDraft.trimmed(draft.timeLimit());
		this.subItems.clear();
		draft.subItems().stream().map(String::strip).forEach(subItems::add);
		this.basis.clear();
		draft.basis().forEach(b -> basis.add(BasisEntry.of(b)));
		this.duties.clear();
		draft.responsibilities().forEach(d -> duties.add(DutyEntry.of(d)));
		this.updatedAt = at;
	}

	/** Records a status change after {@link StatusTransitions#check} allowed it against the present history. */
	void record(StatusChange change, String by, Instant at) {
		StatusTransitions.check(latestEvent().map(StatusEvent::toView), change);
		events.add(new StatusEvent(this, change, by, at));
		this.updatedAt = at;
	}

	Optional<StatusEvent> latestEvent() {
		return events.stream().max(Comparator.comparing(StatusEvent::getEffectiveOn));
	}

	/** The status on a day: the latest event effective on or before it; empty before the item's first event. */
	Optional<PowerStatus> statusOn(LocalDate day) {
		return events.stream()
			.filter(e -> !e.getEffectiveOn().isAfter(day))
			.max(Comparator.comparing(StatusEvent::getEffectiveOn))
			.map(StatusEvent::getStatus);
	}

	PowerItemRef ref(LocalDate today) {
		return new PowerItemRef(code, name, type, statusOn(today).map(Enum::name).orElse(null), handlingUnitId);
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	PowerType getType() {
		return type;
	}

	long getHandlingUnitId() {
		return handlingUnitId;
	}

	PowerDetails toDetails(LocalDate asOf) {
		return new PowerDetails(code, name, type, statusOn(asOf).orElse(null), asOf,
				List.copyOf(subItems), basis.stream().map(BasisEntry::toBasis).toList(), implementingBody,
				handlingUnitId, reviewForward, finalApprovingBody,
				duties.stream().map(DutyEntry::toResponsibility).toList(), accountability, supervisionMethod,
				supervisionPhone, fees, timeLimit,
				events.stream()
					.sorted(Comparator.comparing(StatusEvent::getEffectiveOn))
					.map(StatusEvent::toView)
					.toList(),
				List.of(), updatedAt);
	}

	PowerDraft toDraft() {
		return new PowerDraft(name, type, List.copyOf(subItems), basis.stream().map(BasisEntry::toBasis).toList(),
				implementingBody, handlingUnitId, reviewForward, finalApprovingBody,
				duties.stream().map(DutyEntry::toResponsibility).toList(), accountability, supervisionMethod,
				supervisionPhone, fees, timeLimit);
	}

}
