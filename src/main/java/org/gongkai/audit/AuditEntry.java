package org.gongkai.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One row of the log. Written pending by the writer's transaction (its number from a sequence, no lock), then
 * chained once by {@link ChainAppender}: its place in the chain, the previous row's hash and its own. Immutable
 * once chained: nothing updates or deletes a chained row.
 */
@Entity
@Table(name = "audit_entry")
@DynamicUpdate
class AuditEntry {

	/** One number per row from the database (no pool: numbers follow the order rows were written, on every node). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
	@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String actorUnit;

	private String action;

	private String objectType;

	private String objectId;

	private String summary;

	private String clientAddress;

	private Long chainPosition;

	private String prevHash;

	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String actorUnit, AuditEvent event, String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorUnit = actorUnit;
		this.action = event.action();
		this.objectType = event.objectType();
		this.objectId = event.objectId();
		this.summary = event.summary();
		this.clientAddress = clientAddress;
	}

	/** Links this pending row to the end of the chain: it takes the next place and the hash of the row before it. */
	void chain(long position, String previousHash) {
		if (isChained()) {
			throw new IllegalStateException("audit entry " + id + " is already chained at " + chainPosition);
		}
		this.chainPosition = position;
		this.prevHash = previousHash;
		this.hash = ChainHash.of(this);
	}

	boolean isChained() {
		return chainPosition != null;
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

	Long getChainPosition() {
		return chainPosition;
	}

	String getPrevHash() {
		return prevHash;
	}

	String getHash() {
		return hash;
	}

}
