package org.gongkai.publicity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The records of 双公示. */
interface PublicityRecordRepository extends JpaRepository<PublicityRecord, Long>,
		JpaSpecificationExecutor<PublicityRecord> {

	Optional<PublicityRecord> findByPublicId(String publicId);

	boolean existsByCaseNumber(String caseNumber);

	boolean existsByKindAndDecisionNumber(PublicityKind kind, String decisionNumber);

	/** Records awaiting publication due before {@code today} (overdue), of every unit or of the given ones. */
	@Query("select count(r) from PublicityRecord r where r.status = org.gongkai.publicity.RecordStatus.AWAITING"
			+ " and r.dueOn < ?3 and (?1 = true or r.unitId in ?2)")
	long countOverdue(boolean all, Collection<Long> units, LocalDate today);

	/** Records awaiting publication due from {@code today} up to {@code until}. */
	@Query("select count(r) from PublicityRecord r where r.status = org.gongkai.publicity.RecordStatus.AWAITING"
			+ " and r.dueOn >= ?3 and r.dueOn <= ?4 and (?1 = true or r.unitId in ?2)")
	long countDueSoon(boolean all, Collection<Long> units, LocalDate today, LocalDate until);

	/** Ids of records awaiting publication whose period can reach the days from {@code first} to {@code last}. */
	@Query("select r.id from PublicityRecord r where r.status = org.gongkai.publicity.RecordStatus.AWAITING"
			+ " and r.decidedOn <= ?2 and r.dueOn >= ?1 and r.id > ?3 order by r.id")
	List<Long> idsReaching(LocalDate first, LocalDate last, long after, Limit limit);

	/** Decisions of a kind dated in [from, to), withdrawn ones left out; and how many of them are published. */
	@Query("select count(r) from PublicityRecord r where r.kind = ?1 and r.decidedOn >= ?2 and r.decidedOn < ?3"
			+ " and r.status <> org.gongkai.publicity.RecordStatus.WITHDRAWN")
	long countDecided(PublicityKind kind, LocalDate from, LocalDate to);

	@Query("select count(r) from PublicityRecord r where r.kind = ?1 and r.decidedOn >= ?2 and r.decidedOn < ?3"
			+ " and r.status = org.gongkai.publicity.RecordStatus.PUBLISHED")
	long countPublished(PublicityKind kind, LocalDate from, LocalDate to);

	@Query("select count(r) from PublicityRecord r where r.kind = ?1 and r.decidedOn >= ?2 and r.decidedOn < ?3"
			+ " and r.status <> org.gongkai.publicity.RecordStatus.WITHDRAWN and r.late = true")
	long countLate(PublicityKind kind, LocalDate from, LocalDate to);

	/** The bodies (机关) of a kind's published records, for the public filter. */
	@Query("select distinct r.authority from PublicityRecord r where r.kind = ?1"
			+ " and r.status = org.gongkai.publicity.RecordStatus.PUBLISHED order by r.authority")
	List<String> publishedAuthorities(PublicityKind kind);

	/** The power items of a kind's published records, for the public filter: code and title. */
	@Query("select distinct r.powerCode from PublicityRecord r where r.kind = ?1 and r.powerCode is not null"
			+ " and r.status = org.gongkai.publicity.RecordStatus.PUBLISHED order by r.powerCode")
	List<String> publishedPowerCodes(PublicityKind kind);

	@Query("select min(r.decidedOn) from PublicityRecord r where r.status = org.gongkai.publicity.RecordStatus.PUBLISHED")
	Optional<LocalDate> firstPublishedDecision();

	@Query("select max(r.updatedAt) from PublicityRecord r")
	Optional<java.time.Instant> lastChange();

}

/** The history of the records. */
interface PublicityChangeRepository extends JpaRepository<PublicityChange, Long> {

	List<PublicityChange> findByRecordIdOrderByIdAsc(long recordId);

	@Query("select distinct c.actor from PublicityChange c where c.recordId = ?1 and c.action in"
			+ " (org.gongkai.publicity.PublicityChange.Action.REGISTERED,"
			+ " org.gongkai.publicity.PublicityChange.Action.CORRECTED)")
	List<String> contributors(long recordId);

}
