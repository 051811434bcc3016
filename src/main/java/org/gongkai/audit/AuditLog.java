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
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: browse with filters, verify the chain, export to CSV. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final int BATCH = 1000;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditEntryRepository entries;

	private final AuditChainHeadRepository heads;

	private final ZoneId zone;

	AuditLog(AuditEntryRepository entries, AuditChainHeadRepository heads, Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.zone = clock.getZone();
	}

	/** An audit entry's place in the log and its time. */
	public record Mark(long id, Instant at) {
	}

	/**
	 * The latest entry about any of these kinds of object: every change is audited, so a module reads here
	 * cheaply whether anything of its kind changed since (the page cache's validators do).
	 */
	public Optional<Mark> latestOf(String... objectTypes) {
		Mark latest = null;
		for (String type : objectTypes) {
			for (AuditEntry entry : entries.latestOfType(type, Limit.of(1))) {
				if (latest == null || entry.getId() > latest.id()) {
					latest = new Mark(entry.getId(), entry.getOccurredAt());
				}
			}
		}
		return Optional.ofNullable(latest);
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

	/** Walks the chain from the first row and reports the first row whose link does not hold. */
	public ChainVerification verify() {
		String previousHash = ChainHash.GENESIS;
		long expectedId = 1;
		long checked = 0;
		List<AuditEntry> batch = entries.findByIdGreaterThanOrderByIdAsc(0, PageRequest.ofSize(BATCH));
		while (!batch.isEmpty()) {
			for (AuditEntry entry : batch) {
				if (entry.getId() != expectedId) {
					return new ChainVerification(checked, expectedId, "gap");
				}
				if (!entry.getPrevHash().equals(previousHash)) {
					return new ChainVerification(checked, entry.getId(), "link");
				}
				if (!ChainHash.of(entry).equals(entry.getHash())) {
					return new ChainVerification(checked, entry.getId(), "hash");
				}
				previousHash = entry.getHash();
				expectedId++;
				checked++;
			}
			batch = entries.findByIdGreaterThanOrderByIdAsc(expectedId - 1, PageRequest.ofSize(BATCH));
		}
		AuditChainHead head = heads.findById(1).orElseThrow();
		if (head.lastId() != expectedId - 1 || !head.lastHash().equals(previousHash)) {
			return new ChainVerification(checked, expectedId, "tail");
		}
		return new ChainVerification(checked, null, null);
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
