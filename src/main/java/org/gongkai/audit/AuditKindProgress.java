package org.gongkai.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many chained rows the log holds about one kind of object. Only the appender writes it, in the transaction
 * that chains the rows and under the chain head's lock, so writers never wait for it; with the kind's pending
 * rows it gives a version that moves with every committed entry and stays put while rows are only chained.
 */
@Entity
@Table(name = "audit_kind_progress")
class AuditKindProgress {

	@Id
	private String objectType;

	private long chained;

	protected AuditKindProgress() {
	}

	AuditKindProgress(String objectType) {
		this.objectType = objectType;
	}

	void add(long rows) {
		this.chained += rows;
	}

}
