package org.gongkai.requests.statistics;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import org.gongkai.requests.AnnualStatistics;
import org.gongkai.requests.AppealKind;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.Performance;
import org.gongkai.requests.StatisticsCheck;
import org.gongkai.requests.TableB;

/**
 * The statistics as the tables of a download, labelled in Chinese whatever the page's language: the files are
 * copied into the annual report, which is published in Chinese.
 */
@Component
class ReportSheets {

	static final Locale REPORT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	/** Registration times are shown as the office reads its clock. */
	static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

	private final MessageSourceAccessor messages;

	ReportSheets(MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages, REPORT_LANGUAGE);
	}

	List<ReportSheet> of(AnnualStatistics stats) {
		List<ReportSheet> sheets = new ArrayList<>(
				List.of(tableB(stats), tableC(stats), checks(stats), performance(stats.performance())));
		if (stats.published() != null) {
			sheets.add(corrections(stats));
		}
		return sheets;
	}

	/** The applications registered after the year's report was published, not in its figures. */
	private ReportSheet corrections(AnnualStatistics stats) {
		ReportSheet sheet = ReportSheet.of(msg("requests.stats.sheet.corrections"),
				msg("requests.stats.corrections.title", stats.year(), stats.corrections().size()))
			.headerRow(msg("requests.stats.corrections.number"), msg("requests.stats.corrections.received"),
					msg("requests.stats.corrections.registered"), msg("requests.stats.corrections.kind"),
					msg("requests.stats.corrections.what"));
		for (AnnualStatistics.Correction c : stats.corrections()) {
			sheet.row(c.trackingNumber(), c.receivedOn().toString(),
					c.registeredAt().atZone(REPORT_ZONE).toLocalDateTime().withNano(0).toString(),
					msg(c.applicantKind().messageKey()), msg(c.what().messageKey(), c.on(), c.countedOn()));
		}
		return sheet;
	}

	String fileName(int year, String extension) {
		return msg("requests.stats.file.name", year) + "." + extension;
	}

	private ReportSheet tableB(AnnualStatistics stats) {
		List<Object> header = new ArrayList<>();
		header.add(msg("requests.stats.export.item"));
		for (ApplicantKind kind : ApplicantKind.values()) {
			header.add(msg(kind.messageKey()));
		}
		header.add(msg("requests.stats.column.total"));
		ReportSheet sheet = ReportSheet.of(msg("requests.stats.sheet.b"), msg("requests.stats.b.title"))
			.headerRow(header.toArray());
		for (TableBLayout.Line line : TableBLayout.of(stats.tableB()).lines()) {
			sheet.row(msg(line.labelKey()), numbers(line.counts()));
		}
		return sheet;
	}

	private static List<Integer> numbers(TableB.Counts counts) {
		List<Integer> numbers = new ArrayList<>(counts.columns());
		numbers.add(counts.total());
		return numbers;
	}

	private ReportSheet tableC(AnnualStatistics stats) {
		List<Object> groups = new ArrayList<>();
		List<Object> outcomes = new ArrayList<>();
		for (AppealKind kind : AppealKind.values()) {
			groups.add(groupLabel(kind));
			for (String outcome : List.of("upheld", "corrected", "other", "pending", "total")) {
				outcomes.add(msg("requests.stats.c." + outcome));
				if (!"upheld".equals(outcome)) {
					groups.add(null);
				}
			}
		}
		return ReportSheet.of(msg("requests.stats.sheet.c"), msg("requests.stats.c.title"))
			.headerRow(groups.toArray())
			.headerRow(outcomes.toArray())
			.row(stats.tableC().numbers().toArray());
	}

	private String groupLabel(AppealKind kind) {
		return switch (kind) {
			case RECONSIDERATION -> msg("requests.stats.c.reconsideration");
			case LITIGATION -> msg("requests.stats.c.litigation") + " " + msg("requests.stats.c.direct");
			case LITIGATION_AFTER_RECONSIDERATION ->
				msg("requests.stats.c.litigation") + " " + msg("requests.stats.c.afterReconsideration");
		};
	}

	private ReportSheet checks(AnnualStatistics stats) {
		ReportSheet sheet = ReportSheet.of(msg("requests.stats.sheet.checks"), msg("requests.stats.checks.title"))
			.headerRow(msg("requests.stats.export.check"), msg("requests.stats.check.subject"),
					msg("requests.stats.export.left"), msg("requests.stats.export.right"),
					msg("requests.stats.check.result"));
		for (StatisticsCheck check : stats.checks()) {
			sheet.row(msg(check.rule().messageKey()), msg(check.subjectKey()), check.left(), check.right(),
					msg(check.passed() ? "requests.stats.export.passed" : "requests.stats.export.failed"));
		}
		return sheet;
	}

	private ReportSheet performance(Performance p) {
		ReportSheet sheet = ReportSheet.of(msg("requests.stats.sheet.performance"),
				msg("requests.stats.performance.title"))
			.headerRow(msg("requests.stats.export.item"), msg("requests.stats.export.value"),
					msg("requests.stats.performance.overdue"))
			.row(msg("requests.stats.export.year"), p.year())
			.row(msg("requests.stats.export.replied"), p.replied())
			.row(msg("requests.stats.export.repliedOnTime"), p.repliedOnTime())
			.row(msg("requests.stats.performance.onTime"), p.onTimeRate() == null ? "" : percent(p.onTimeRate()))
			.row(msg("requests.stats.performance.median"),
					p.medianWorkingDays() == null ? "" : (Object) p.medianWorkingDays())
			.row(msg("requests.stats.performance.now", p.asOf()), "")
			.row(msg("requests.stats.performance.open"), p.openNow(), p.overdueNow())
			.row(msg("requests.stats.performance.unassigned"), p.unassignedNow());
		for (Performance.UnitLoad unit : p.openByUnit()) {
			sheet.row(unit.unitName(), unit.open(), unit.overdue());
		}
		return sheet;
	}

	private static String percent(double rate) {
		NumberFormat format = NumberFormat.getPercentInstance(REPORT_LANGUAGE);
		format.setMaximumFractionDigits(1);
		return format.format(rate);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args);
	}

}
