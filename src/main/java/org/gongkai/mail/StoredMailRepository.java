package org.gongkai.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoredMailRepository extends JpaRepository<StoredMail, Long> {

	/** Locks the row, so that two senders (the after-commit hand-off, a retry run) never both take it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from StoredMail m where m.id = ?1")
	Optional<StoredMail> findForUpdate(long id);

	@Query("""
			select m.id from StoredMail m
			where m.status in (org.gongkai.mail.MailStatus.PENDING, org.gongkai.mail.MailStatus.FAILED)
			  and m.nextAttemptAt <= ?1
			order by m.nextAttemptAt""")
	List<Long> findDue(Instant now, Pageable limit);

	@Query("select m from StoredMail m order by m.createdAt desc, m.id desc")
	Page<StoredMail> findNewestFirst(Pageable page);

	@Query("select m from StoredMail m where m.status = ?1 order by m.createdAt desc, m.id desc")
	Page<StoredMail> findNewestFirst(MailStatus status, Pageable page);

}
