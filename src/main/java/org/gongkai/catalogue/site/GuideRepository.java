package org.gongkai.catalogue.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuideRepository extends JpaRepository<Guide, Integer> {

}
