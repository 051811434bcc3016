package org.gongkai.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.gongkai.common.SafeCsvPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: browse with filters, verify the chain, export to CSV. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

	private static final int BATCH = 1000;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditEntryRepository entries;

	private final ChainAppender appender;

	private final ChainWalk walk;

	private final ZoneId zone;

	AuditLog(AuditEntryRepository entries, ChainAppender appender, ChainWalk walk, Clock clock) {
		this.entries = entries;
		this.appender = appender;
		this.walk = walk;
		this.zone = clock.getZone();
	}

	/**
	 * How far the log has come about some kinds of object.
	 *
	 * @param id a number that grows with every entry about them as soon as it commits (whatever order concurrent
	 *        writers commit in): for each kind, the last place in the chain of such an entry plus the count of
	 *        such entries not chained yet, summed. Chaining a batch moves its entries from the second term to the
	 *        first (their places lie beyond every earlier one), never lower.
	 * @param at when the newest of these entries happened
	 */
	public record Mark(long id, Instant at) {
	}

	/**
	 * The latest entry about any of these kinds of object: every change is audited, so a module reads here
	 * cheaply whether anything of its kind changed since (the page cache's validators do). A few index steps per
	 * kind. Entry numbers come from a sequence and may commit out of order, so the mark counts committed entries
	 * rather than taking the highest number.
	 */
	public Optional<Mark> latestOf(String... objectTypes) {
		Instant at = null;
		long progress = 0;
		for (String type : objectTypes) {
			for (AuditEntry entry : entries.latestOfType(type, Limit.of(1))) {
				at = at == null || entry.getOccurredAt().isAfter(at) ? entry.getOccurredAt() : at;
			}
			progress += entries.progressOfType(type);
		}
		return at == null ? Optional.empty() : Optional.of(new Mark(progress, at));
	}

	public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "id"));
		return entries.findAll(matching(query), newestFirst).map(AuditEntry::toRecord);
	}

	/** Every action code in the log, for the viewer's action filter. */
	public List<String> actions() {
		return entries.distinctActions();
	}

	/** Every unit the log names an actor of, for the viewer's unit filter. */
	public List<String> actorUnits() {
		return entries.distinctActorUnits();
	}

	/**
	 * Chains whatever is pending (so that what was just written is checked too), then walks the chain from its
	 * first row and reports the first row whose link does not hold, and how many rows are still pending (written
	 * meanwhile). Outside any transaction: the walk reads a batch at a time and keeps nothing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ChainVerification verify() {
		try {
			appender.drain();
		}
		catch (DataAccessException ex) {
			// a chain that cannot be appended to is still walked: the walk says why, the rows stay pending
			LOG.warn("pending audit rows could not be chained before the verification: {}", ex.toString());
		}
		return walk.verify();
	}

	/**
	 * Writes every matching row, oldest first, as CSV (UTF-8 with a byte-order mark for spreadsheet programs); the
	 * writer stays open for the caller.
	 */
	public void exportCsv(AuditQuery query, Writer out) {
		try {
			out.write('\uFEFF');
			SafeCsvPrinter csv = new SafeCsvPrinter(CSVFormat.DEFAULT.builder()
				.setHeader("id", "time", "actor", "unit", "action", "object_type", "object_id", "summary",
						"client_address", "hash")
				.get()
				.print(out));
			int page = 0;
			Page<AuditEntry> rows;
			do {
				rows = entries.findAll(matching(query), PageRequest.of(page++, BATCH, Sort.by("id")));
				for (AuditEntry e : rows) {
					csv.printRecord(e.getId(), CSV_TIME.format(e.getOccurredAt().atZone(zone)), e.getActor(),
							e.getActorUnit(), e.getAction(), e.getObjectType(), e.getObjectId(), e.getSummary(),
							e.getClientAddress(), e.getHash());
				}
			}
			while (rows.hasNext());
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Specification<AuditEntry> matching(AuditQuery q) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (hasText(q.actor())) {
				where.add(cb.equal(root.get("actor"), q.actor().strip()));
			}
			if (hasText(q.action())) {
				where.add(cb.like(root.get("action"), q.action().strip() + "%"));
			}
			if (hasText(q.actorUnit())) {
				where.add(cb.equal(root.get("actorUnit"), q.actorUnit().strip()));
			}
			if (hasText(q.objectType())) {
				where.add(cb.equal(root.get("objectType"), q.objectType().strip()));
			}
			if (hasText(q.objectId())) {
				where.add(cb.equal(root.get("objectId"), q.objectId().strip()));
			}
			if (q.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from().atStartOfDay(zone).toInstant()));
			}
			if (q.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), q.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

}
