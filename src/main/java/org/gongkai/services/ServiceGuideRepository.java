package org.gongkai.services;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ServiceGuideRepository extends JpaRepository<ServiceGuide, Long>, JpaSpecificationExecutor<ServiceGuide> {

	Optional<ServiceGuide> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select g from ServiceGuide g where (?1 = true or g.unitId in ?2) order by g.updatedAt desc, g.id desc")
	Page<ServiceGuide> findForStaff(boolean all, Collection<Long> unitIds, Pageable page);

	/** Published guides per theme, for one audience or (null) all. */
	@Query("select g.theme, count(g) from ServiceGuide g where g.status = org.gongkai.services.GuideStatus.PUBLISHED "
			+ "and (?1 = false or g.forIndividuals = true) and (?2 = false or g.forEmployers = true) group by g.theme")
	List<Object[]> countByTheme(boolean individuals, boolean employers);

	/** The published guides the office put on the home page, in its order. */
	@Query("select g from ServiceGuide g where g.status = org.gongkai.services.GuideStatus.PUBLISHED "
			+ "and g.featuredOrder is not null order by g.featuredOrder, g.code")
	List<ServiceGuide> featured(Pageable page);

	@Query("select max(g.updatedAt) from ServiceGuide g where g.status <> org.gongkai.services.GuideStatus.DRAFT")
	Instant lastPublicChange();

	@Query("select count(g) from ServiceGuide g where g.status = org.gongkai.services.GuideStatus.PUBLISHED")
	long countPublished();

	/** Code, statutory and promised days of the published guides of a power item, by guide code. */
	@Query("select g.code, g.statutoryDays, g.promisedDays from ServiceGuide g where g.powerCode = ?1 "
			+ "and g.status = org.gongkai.services.GuideStatus.PUBLISHED order by g.code")
	List<Object[]> findPublishedLimits(String powerCode);

	@Query("select g.code from ServiceGuide g where g.status = org.gongkai.services.GuideStatus.PUBLISHED "
			+ "order by g.code")
	List<String> publishedCodes(Pageable page);

}

interface RemovedCertificateRepository extends JpaRepository<RemovedCertificate, Long> {

	@Query("select max(c.recordedAt) from RemovedCertificate c")
	Instant lastRecorded();

}
