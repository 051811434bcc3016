package org.gongkai.powers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PowerItemRepository extends JpaRepository<PowerItem, Long> {

	Optional<PowerItem> findByCode(String code);

	boolean existsByCode(String code);

}
