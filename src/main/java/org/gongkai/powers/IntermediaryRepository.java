package org.gongkai.powers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntermediaryRepository extends JpaRepository<Intermediary, Long> {

	List<Intermediary> findByItemIdOrderById(long itemId);

}
