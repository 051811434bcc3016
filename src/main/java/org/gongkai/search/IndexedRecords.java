package org.gongkai.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indexed records of other modules (power items, service guides: see {@link WordMatches}) against their
 * tables. Each of them indexes every row of its table, so the two counts agree unless rows were written without
 * Hibernate (Flyway, a copied database) or before the entity was indexed at all (an installation updated to a
 * version that indexes it). Documents are checked on their own: only public ones are indexed.
 */
@Component
@Transactional(readOnly = true)
class IndexedRecords {

	@PersistenceContext
	private EntityManager entityManager;

	/** The JPA names of the indexed entities, other than documents, whose index and table disagree. */
	List<String> disagreeing() {
		SearchSession session = Search.session(entityManager);
		return Search.mapping(entityManager.getEntityManagerFactory())
			.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::jpaName)
			.filter(name -> !SearchService.DOCUMENT.equals(name))
			.filter(name -> indexed(session, name) != stored(name))
			.sorted()
			.toList();
	}

	private static long indexed(SearchSession session, String name) {
		return session.search(session.scope(Object.class, name)).where(f -> f.matchAll()).fetchTotalHitCount();
	}

	/** The entity's name comes from the mapping, never from input. */
	private long stored(String name) {
		return entityManager.createQuery("select count(e) from " + name + " e", Long.class).getSingleResult();
	}

}
