package org.gongkai.powers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PowerItemRepository extends JpaRepository<PowerItem, Long> {

	Optional<PowerItem> findByCode(String code);

	boolean existsByCode(String code);

	/** The highest code with this prefix (codes of a type share the prefix of the code rule). */
	@Query("select max(i.code) from PowerItem i where i.code like ?1")
	Optional<String> maxCodeLike(String prefixPattern);

}
