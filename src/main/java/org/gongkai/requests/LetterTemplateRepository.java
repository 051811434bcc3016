package org.gongkai.requests;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterTemplateRepository extends JpaRepository<LetterTemplate, String> {

	List<LetterTemplate> findAllByOrderBySortOrderAsc();

}
