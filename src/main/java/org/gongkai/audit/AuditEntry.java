package org.gongkai.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the log. Immutable once written: it has no setters and nothing updates or deletes it. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String actorUnit;

	private String action;

	private String objectType;

	private String objectId;

	private String summary;

	private String clientAddress;

	private String prevHash;

	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(long id, Instant occurredAt, String actor, String actorUnit, AuditEvent event, String clientAddress,
			String prevHash) {
		this.id = id;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorUnit = actorUnit;
		this.action = event.action();
		this.objectType = event.objectType();
		this.objectId = event.objectId();
		this.summary = event.summary();
		this.clientAddress = clientAddress;
		this.prevHash = prevHash;
		this.hash = ChainHash.of(this);
	}

	AuditRecord toRecord() {
		return new AuditRecord(id, occurredAt, actor, actorUnit, action, objectType, objectId, summary, clientAddress,
				hash);
	}

	Long getId() {
		return id;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	String getActor() {
		return actor;
	}

	String getActorUnit() {
		return actorUnit;
	}

	String getAction() {
		return action;
	}

	String getObjectType() {
		return objectType;
	}

	String getObjectId() {
		return objectId;
	}

	String getSummary() {
		return summary;
	}

	String getClientAddress() {
		return clientAddress;
	}

	String getPrevHash() {
		return prevHash;
	}

	String getHash() {
		return hash;
	}

}
