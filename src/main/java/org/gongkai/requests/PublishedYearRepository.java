package org.gongkai.requests;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedYearRepository extends JpaRepository<PublishedYear, Integer> {

}
