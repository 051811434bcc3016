package org.gongkai.requests;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The reminder job's SQL, in the caller's transaction: its candidates from the stored clock (no clock is computed),
 * what they need in one query per batch, and the rows of the reminders sent ({@link ReminderSent}) written as one
 * JDBC batch (their identity ids keep Hibernate from batching them). Columns, not entity paths, so that the queries
 * do not depend on how the entity maps the stored clock.
 */
@Component
class ReminderLedger {

	private final NamedParameterJdbcTemplate jdbc;

	ReminderLedger(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other node runs the job, for the rest of the caller's transaction: runs are one after another,
	 * so each sees the reminders the previous one sent and every recipient gets one digest per run.
	 */
	void lockJob() {
		jdbc.queryForList("select id from request_reminder_lock where id = 1 for update", Map.of(), Integer.class);
	}

	/** The next batch of running clocks due before {@code bound} (overdue included), by id. */
	List<DueClock> runningDueBefore(LocalDate bound, long afterId, int limit) {
		return jdbc.query("""
				select id, tracking_number, due_on from disclosure_request
				where clock_running = true and due_on < :bound and id > :after order by id limit :limit""",
				new MapSqlParameterSource("bound", Date.valueOf(bound)).addValue("after", afterId)
					.addValue("limit", limit),
				(rs, row) -> new DueClock(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()));
	}

	/** The next batch of open stops whose other side's deadline passed before {@code today}, by stop id. */
	List<LapsedStop> lapsedStops(LocalDate today, long afterStopId, int limit) {
		return jdbc.query("""
				select s.id, s.request_id, r.tracking_number, s.kind, s.answer_due
				from request_clock_stop s join disclosure_request r on r.id = s.request_id
				where s.resumed_on is null and s.answer_due < :today and s.id > :after order by s.id limit :limit""",
				new MapSqlParameterSource("today", Date.valueOf(today)).addValue("after", afterStopId)
					.addValue("limit", limit),
				(rs, row) -> new LapsedStop(rs.getLong(1), rs.getLong(2), rs.getString(3),
						StopKind.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate()));
	}

	/** The units each of {@code requestIds} is assigned to (absent: none). */
	Map<Long, Set<Long>> unitsOf(Collection<Long> requestIds) {
		Map<Long, Set<Long>> units = new HashMap<>();
		jdbc.query("select request_id, unit_id from request_unit where request_id in (:ids)", Map.of("ids", requestIds),
				rs -> {
					units.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
				});
		return units;
	}

	/** Which of {@code reminders} were sent already (by an earlier run or another node). */
	Set<Reminder.Key> alreadySent(Collection<Reminder> reminders) {
		Set<Reminder.Key> sent = new HashSet<>();
		jdbc.query("select request_id, kind, due_on from request_reminder where request_id in (:ids) and due_on in (:days)",
				new MapSqlParameterSource("ids", reminders.stream().map(Reminder::requestId).distinct().toList())
					.addValue("days", reminders.stream().map(r -> Date.valueOf(r.on())).distinct().toList()),
				rs -> {
					sent.add(new Reminder.Key(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()));
				});
		return sent;
	}

	/** Records {@code reminders} as sent, one JDBC batch; the unique key refuses any sent twice. */
	void recordSent(List<Reminder> reminders, Map<Reminder.Key, Integer> recipients, Instant at) {
		SqlParameterSource[] rows = reminders.stream()
			.map(r -> new MapSqlParameterSource("request", r.requestId()).addValue("kind", r.kind())
				.addValue("on", Date.valueOf(r.on()))
				.addValue("at", at.atOffset(ZoneOffset.UTC))
				.addValue("recipients", recipients.getOrDefault(r.key(), 0)))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("insert into request_reminder (request_id, kind, due_on, sent_at, recipients) "
				+ "values (:request, :kind, :on, :at, :recipients)", rows);
	}

	/** A running clock due soon or overdue, as stored. */
	record DueClock(long requestId, String trackingNumber, LocalDate dueOn) {
	}

	/** An open stop whose other side's deadline ({@code answerDue}) passed. */
	record LapsedStop(long stopId, long requestId, String trackingNumber, StopKind kind, LocalDate answerDue) {
	}

}
