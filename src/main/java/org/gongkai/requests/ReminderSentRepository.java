package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {

	boolean existsByRequestIdAndKindAndDueOn(long requestId, String kind, LocalDate dueOn);

}
