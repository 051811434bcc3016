package org.gongkai.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.calendar.DueDate;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;

/**
 * A 双公示 record: one licensing or penalty decision, awaiting publication until a second member publishes it, then
 * public until withdrawn (撤销). Its due day is 7 working days after the decision; published after it, it is late.
 */
@Entity
@Table(name = "publicity_record")
class PublicityRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String publicId;

	@Enumerated(EnumType.STRING)
	private PublicityKind kind;

	private String decisionNumber;

	private String title;

	private String licenceCategory;

	@Enumerated(EnumType.STRING)
	private PenaltyCategory penaltyCategory;

	private String content;

	private String facts;

	private String basis;

	private String result;

	private String partyName;

	private boolean naturalPerson;

	private String partyCode;

	private String authority;

	private LocalDate decidedOn;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private String powerCode;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private RecordSource source;

	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private RecordStatus status;

	private LocalDate dueOn;

	@Column(name = "due_provisional")
	private boolean dueProvisional;

	private LocalDate publishedOn;

	private Instant publishedAt;

	private boolean late;

	private String registeredBy;

	private String publishedBy;

	private LocalDate withdrawnOn;

	private String withdrawalReason;

	private LocalDate correctedOn;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected PublicityRecord() {
	}

	PublicityRecord(PublicityDraft draft, Long unitId, RecordSource source, String caseNumber, DueDate due,
			String registeredBy, Instant now) {
		this.publicId = UUID.randomUUID().toString().replace("-", "");
		this.kind = draft.kind();
		apply(draft);
		this.unitId = unitId;
		this.source = source;
		this.caseNumber = caseNumber;
		this.status = RecordStatus.AWAITING;
		this.registeredBy = registeredBy;
		this.createdAt = now;
		this.updatedAt = now;
		due(due);
	}

	private void apply(PublicityDraft d) {
		this.decisionNumber = d.decisionNumber().strip();
		this.title = d.title().strip();
		boolean licence = kind == PublicityKind.LICENSING;
		this.licenceCategory = licence ? Texts.blankToNull(d.licenceCategory()) : null;
		this.penaltyCategory = licence ? null : d.penaltyCategory();
		this.content = licence ? Texts.blankToNull(d.content()) : null;
		this.facts = licence ? null : Texts.blankToNull(d.facts());
		this.basis = licence ? null : Texts.blankToNull(d.basis());
		this.result = licence ? null : Texts.blankToNull(d.result());
		this.partyName = d.partyName().strip();
		this.naturalPerson = Boolean.TRUE.equals(d.naturalPerson());
		this.partyCode = d.partyCode().strip();
		this.authority = d.authority().strip();
		this.decidedOn = d.decidedOn();
		this.validFrom = licence ? d.validFrom() : null;
		this.validUntil = licence ? d.validUntil() : null;
		this.powerCode = Texts.blankToNull(d.powerCode());
	}

	/** The due day (and whether it may still move), from the decision date. */
	boolean due(DueDate due) {
		boolean moved = !due.dueDate().equals(dueOn) || dueProvisional != due.provisional();
		this.dueOn = due.dueDate();
		this.dueProvisional = due.provisional();
		return moved;
	}

	/** Published by {@code by} on {@code on}; late when after the due day. */
	void publish(String by, LocalDate on, Instant at) {
		if (status != RecordStatus.AWAITING) {
			throw RuleViolation.conflict(null, "publicity.publish.notAwaiting");
		}
		this.status = RecordStatus.PUBLISHED;
		this.publishedBy = by;
		this.publishedOn = on;
		this.publishedAt = at;
		this.late = PublicityDeadline.late(dueOn, on);
		this.updatedAt = at;
	}

	/**
	 * Replaces the fields with the corrected ones; returns what changed ("field: old → new"), empty when nothing did.
	 * A published record records the day of its correction (shown publicly with the reason).
	 */
	List<String> correct(PublicityDraft draft, Long unitId, LocalDate on, Instant at) {
		if (status == RecordStatus.WITHDRAWN) {
			throw RuleViolation.conflict(null, "publicity.correct.withdrawn");
		}
		List<String> before = fields();
		apply(draft);
		this.unitId = unitId;
		List<String> after = fields();
		List<String> changes = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			if (!Objects.equals(before.get(i), after.get(i))) {
				changes.add(FIELDS.get(i) + ": " + before.get(i) + " → " + after.get(i));
			}
		}
		if (!changes.isEmpty()) {
			this.updatedAt = at;
			if (status == RecordStatus.PUBLISHED) {
				this.correctedOn = on;
			}
		}
		return changes;
	}

	/** Withdrawn (撤销) from publication with a reason: it leaves the public lists; the record page says why. */
	void withdraw(String reason, LocalDate on, Instant at) {
		if (status != RecordStatus.PUBLISHED) {
			throw RuleViolation.conflict(null, "publicity.withdraw.notPublished");
		}
		this.status = RecordStatus.WITHDRAWN;
		this.withdrawnOn = on;
		this.withdrawalReason = reason;
		this.updatedAt = at;
	}

	private static final List<String> FIELDS = List.of("decisionNumber", "title", "licenceCategory",
			"penaltyCategory", "content", "facts", "basis", "result", "partyName", "naturalPerson", "partyCode",
			"authority", "decidedOn", "validFrom", "validUntil", "powerCode", "unitId");

	private List<String> fields() {
		return java.util.Arrays.asList(decisionNumber, title, licenceCategory, str(penaltyCategory), content, facts,
				basis, result, partyName, String.valueOf(naturalPerson), partyCode, authority, str(decidedOn),
				str(validFrom), str(validUntil), powerCode, str(unitId));
	}

	private static String str(Object value) {
		return value == null ? null : value.toString();
	}

	PublicityDraft draft() {
		return new PublicityDraft(kind, decisionNumber, title, licenceCategory, penaltyCategory, content, facts, basis,
				result, partyName, naturalPerson, partyCode, authority, decidedOn, validFrom, validUntil, powerCode);
	}

	Long getId() {
		return id;
	}

	String getPublicId() {
		return publicId;
	}

	PublicityKind getKind() {
		return kind;
	}

	String getDecisionNumber() {
		return decisionNumber;
	}

	String getTitle() {
		return title;
	}

	String getLicenceCategory() {
		return licenceCategory;
	}

	PenaltyCategory getPenaltyCategory() {
		return penaltyCategory;
	}

	String getContent() {
		return content;
	}

	String getFacts() {
		return facts;
	}

	String getBasis() {
		return basis;
	}

	String getResult() {
		return result;
	}

	String getPartyName() {
		return partyName;
	}

	boolean isNaturalPerson() {
		return naturalPerson;
	}

	String getPartyCode() {
		return partyCode;
	}

	String getAuthority() {
		return authority;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidUntil() {
		return validUntil;
	}

	String getPowerCode() {
		return powerCode;
	}

	Long getUnitId() {
		return unitId;
	}

	RecordSource getSource() {
		return source;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	RecordStatus getStatus() {
		return status;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	boolean isDueProvisional() {
		return dueProvisional;
	}

	LocalDate getPublishedOn() {
		return publishedOn;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	boolean isLate() {
		return late;
	}

	String getRegisteredBy() {
		return registeredBy;
	}

	String getPublishedBy() {
		return publishedBy;
	}

	LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	String getWithdrawalReason() {
		return withdrawalReason;
	}

	LocalDate getCorrectedOn() {
		return correctedOn;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
