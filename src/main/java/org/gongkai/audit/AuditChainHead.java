package org.gongkai.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that points at the end of the chain. Appending locks it, so that concurrent writers
 * (also on several nodes) append one after another and never fork the chain.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

	@Id
	private Integer id;

	private long lastId;

	private String lastHash;

	protected AuditChainHead() {
	}

	long nextId() {
		return lastId + 1;
	}

	String lastHash() {
		return lastHash;
	}

	long lastId() {
		return lastId;
	}

	void advance(AuditEntry entry) {
		this.lastId = entry.getId();
		this.lastHash = entry.getHash();
	}

}
