package org.gongkai.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of 双公示: the published records of each kind, filtered and paged in the database, and one record
 * by its public id, all masked ({@link PublicRecord}). A withdrawn record leaves the lists; its page says it was
 * withdrawn, when and why, without the decision's content.
 */
@Service
@Transactional(readOnly = true)
public class PublicityLists {

	private final PublicityRecordRepository records;

	private final PublicityChangeRepository changes;

	PublicityLists(PublicityRecordRepository records, PublicityChangeRepository changes) {
		this.records = records;
		this.changes = changes;
	}

	/** Published records, the newest decisions first. */
	public Page<PublicRecord> page(PublicityKind kind, PublicFilter filter, int page, int size) {
		return records
			.findAll(PublicitySpecs.published(kind, filter),
					PageRequest.of(page, size, Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id"))))
			.map(r -> PublicRecord.of(r, List.of()));
	}

	/** A published or withdrawn record, with its public notes; empty for one not (yet) published. */
	public Optional<PublicRecord> record(PublicityKind kind, String publicId) {
		return records.findByPublicId(publicId)
			.filter(r -> r.getKind() == kind && r.getStatus() != RecordStatus.AWAITING)
			.map(r -> PublicRecord.of(r, notes(r)));
	}

	private List<PublicRecord.Note> notes(PublicityRecord r) {
		return changes.findByRecordIdOrderByIdAsc(r.getId())
			.stream()
			.filter(c -> c.getAction() == PublicityChange.Action.WITHDRAWN
					|| c.getAction() == PublicityChange.Action.CORRECTED && c.getReason() != null)
			.map(c -> new PublicRecord.Note(c.getOnDay(), c.getAction().name(), c.getReason()))
			.toList();
	}

	/** The bodies of a kind's published records, for the filter. */
	public List<String> bodies(PublicityKind kind) {
		return records.publishedAuthorities(kind);
	}

	/** The power items of a kind's published records (codes), for the filter. */
	public List<String> items(PublicityKind kind) {
		return records.publishedPowerCodes(kind);
	}

	/** The first year with a published decision (for the year filter); empty when none is published. */
	public Optional<Integer> firstYear() {
		return records.firstPublishedDecision().map(LocalDate::getYear);
	}

	/** When any record last changed (the public content's version). */
	public Optional<Instant> lastChange() {
		return records.lastChange();
	}

}
