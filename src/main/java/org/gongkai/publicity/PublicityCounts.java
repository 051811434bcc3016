package org.gongkai.publicity;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双公示 in figures, per calendar year of the decisions: for the annual report's Table A (行政许可 and 行政处罚
 * decisions of the year) and the public landing page.
 */
@Service
@Transactional(readOnly = true)
public class PublicityCounts {

	private final PublicityRecordRepository records;

	PublicityCounts(PublicityRecordRepository records) {
		this.records = records;
	}

	/**
	 * The figures of one kind in a year.
	 *
	 * @param decisions decisions dated in the year (withdrawn ones left out)
	 * @param published of those, published
	 * @param late of those, published after the due day
	 */
	@Schema(name = "PublicityKindCounts")
	public record KindCounts(long decisions, long published, long late) {
	}

	/** The year's figures of both kinds. */
	@Schema(name = "PublicityYearCounts")
	public record YearCounts(int year, KindCounts licensing, KindCounts penalties) {
	}

	public YearCounts forYear(int year) {
		return new YearCounts(year, count(PublicityKind.LICENSING, year), count(PublicityKind.PENALTY, year));
	}

	private KindCounts count(PublicityKind kind, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		return new KindCounts(records.countDecided(kind, from, to), records.countPublished(kind, from, to),
				records.countLate(kind, from, to));
	}

}
