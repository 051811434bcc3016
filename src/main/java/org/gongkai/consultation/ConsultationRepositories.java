package org.gongkai.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	/** Public consultations in the given states, newest opening first. */
	Page<Consultation> findByStatusInOrderByOpensOnDescIdDesc(Collection<ConsultationStatus> statuses,
			Pageable pageable);

	/** Published and open on the day: opened on or before it, closing on or after it. */
	@Query("select c from Consultation c where c.status = org.gongkai.consultation.ConsultationStatus.PUBLISHED "
			+ "and c.opensOn <= ?1 and c.closesOn >= ?1 order by c.closesOn, c.id")
	Page<Consultation> findOpen(LocalDate today, Pageable pageable);

	/** Published and closed before the day, the feedback not yet published. */
	@Query("select c from Consultation c where c.status = org.gongkai.consultation.ConsultationStatus.PUBLISHED "
			+ "and c.closesOn < ?1 order by c.closesOn, c.id")
	List<Consultation> findClosedBefore(LocalDate today);

	/** Published with an opening date after the day. */
	@Query("select c from Consultation c where c.status = org.gongkai.consultation.ConsultationStatus.PUBLISHED "
			+ "and c.opensOn > ?1 order by c.opensOn, c.id")
	List<Consultation> findUpcoming(LocalDate today);

	/** The consultations of the given units, newest first (the office uses {@link #findAllByOrderByIdDesc}). */
	Page<Consultation> findByUnitIdInOrderByIdDesc(Collection<Long> unitIds, Pageable pageable);

	Page<Consultation> findAllByOrderByIdDesc(Pageable pageable);

}

interface CommentRepository extends JpaRepository<ConsultationComment, Long> {

	Optional<ConsultationComment> findByStatusCodeHash(String statusCodeHash);

	List<ConsultationComment> findByConsultationIdAndStatusOrderBySubmittedAtAscIdAsc(long consultationId,
			CommentStatus status);

	List<ConsultationComment> findByConsultationIdOrderBySubmittedAtAscIdAsc(long consultationId);

	long countByConsultationIdAndStatus(long consultationId, CommentStatus status);

	long countByConsultationId(long consultationId);

	/** Waiting for moderation in the given consultations, flagged ones first, oldest first. */
	@Query("select c from ConsultationComment c where c.status = org.gongkai.consultation.CommentStatus.PENDING "
			+ "and c.consultationId in ?1 order by case when c.flaggedWords is null then 1 else 0 end, c.submittedAt, c.id")
	List<ConsultationComment> findPending(Collection<Long> consultationIds);

	List<ConsultationComment> findByGroupId(long groupId);

}

interface SensitiveWordRepository extends JpaRepository<SensitiveWord, String> {

}
