package org.gongkai.common;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Creates a row that many requests may want to create at once (the first serial of a year), before one of them
 * locks it. The insert is a plain INSERT (never a merge, which would overwrite a row another request has just
 * created and counted on) in a transaction of its own; when another request created the row first, the duplicate
 * key is expected and ignored. The caller then locks the row in its own transaction, so the first registrations
 * or publications of a new year neither fail nor share a number.
 */
@Component
public class FirstRows {

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate ownTransaction;

	public FirstRows(PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Inserts {@code row} (a new entity with its key assigned) unless a row with that key exists. */
	public void createIfAbsent(Object row) {
		try {
			ownTransaction.executeWithoutResult(status -> {
				entityManager.persist(row);
				entityManager.flush();
			});
		}
		catch (DataIntegrityViolationException | PersistenceException alreadyThere) {
			// Another request created it first: what we wanted.
		}
	}

}
