package org.gongkai.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that points at the end of the chain: its last place and that row's hash. Only the appender
 * locks it (in its own short transaction), so that appenders on several nodes chain one batch after another and
 * never fork the chain; writers never touch it.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

	@Id
	private Integer id;

	private long lastPosition;

	private String lastHash;

	protected AuditChainHead() {
	}

	long nextPosition() {
		return lastPosition + 1;
	}

	String lastHash() {
		return lastHash;
	}

	long lastPosition() {
		return lastPosition;
	}

	void advance(AuditEntry entry) {
		this.lastPosition = entry.getChainPosition();
		this.lastHash = entry.getHash();
	}

}
