package org.gongkai.powers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The power list as text, the same in an import file, an export and the console's form: the Chinese words of the
 * provincial templates for types, statuses and stages (the English constant names are accepted too), a legal basis
 * a line {@code 《law》article [index number]}, a responsibility a line {@code stage：duty}, a sub-item a line.
 */
final class PowerCells {

	static final Map<PowerType, String> TYPES = Map.of(PowerType.LICENSING, "行政许可", PowerType.PENALTY, "行政处罚",
			PowerType.COERCION, "行政强制", PowerType.LEVY, "行政征收", PowerType.BENEFIT, "行政给付",
			PowerType.INSPECTION, "行政检查", PowerType.CONFIRMATION, "行政确认", PowerType.AWARD, "行政奖励",
			PowerType.ADJUDICATION, "行政裁决", PowerType.OTHER, "其他行政权力");

	static final Map<PowerStatus, String> STATUSES = Map.of(PowerStatus.TAKEN_OVER, "承接", PowerStatus.CANCELLED,
			"取消", PowerStatus.DELEGATED, "下放", PowerStatus.RETAINED, "保留", PowerStatus.ADJUSTED, "调整");

	static final Map<ResponsibilityStage, String> STAGES = Map.ofEntries(
			Map.entry(ResponsibilityStage.ACCEPTANCE, "受理"), Map.entry(ResponsibilityStage.REVIEW, "审查"),
			Map.entry(ResponsibilityStage.FILING, "立案"), Map.entry(ResponsibilityStage.INVESTIGATION, "调查取证"),
			Map.entry(ResponsibilityStage.HEARING, "审理"), Map.entry(ResponsibilityStage.NOTICE, "告知"),
			Map.entry(ResponsibilityStage.DECISION, "决定"), Map.entry(ResponsibilityStage.DELIVERY, "送达"),
			Map.entry(ResponsibilityStage.SUPERVISION, "事后监管"), Map.entry(ResponsibilityStage.ENFORCEMENT, "执行"));

	private static final Pattern BASIS = Pattern
		.compile("^《([^》]+)》\\s*(.*?)\\s*(?:[\\[【]\\s*([^\\]】]+?)\\s*[\\]】])?$");

	private static final Pattern DUTY = Pattern.compile("^([^:：]+)[:：]\\s*(.+)$");

	private PowerCells() {
	}

	/** A legal basis line as written; {@code indexNumber} names a catalogue document, or is null. */
	record BasisLine(String lawName, String article, String indexNumber) {
	}

	static Optional<PowerType> type(String text) {
		return lookup(TYPES, PowerType.values(), text);
	}

	static Optional<PowerStatus> status(String text) {
		return lookup(STATUSES, PowerStatus.values(), text);
	}

	static Optional<ResponsibilityStage> stage(String text) {
		return lookup(STAGES, ResponsibilityStage.values(), text);
	}

	/** 是/否 (or yes/no, true/false, Y/N); blank is no; anything else is empty. */
	static Optional<Boolean> yesNo(String text) {
		String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		return switch (t) {
			case "", "否", "no", "n", "false" -> Optional.of(false);
			case "是", "yes", "y", "true" -> Optional.of(true);
			default -> Optional.empty();
		};
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The basis lines, or the (1-based) number of the first line that is not {@code 《law》article}. */
	static List<BasisLine> basis(String text, List<Integer> badLines) {
		List<BasisLine> basis = new ArrayList<>();
		List<String> lines = lines(text);
		for (int i = 0; i < lines.size(); i++) {
			Matcher m = BASIS.matcher(lines.get(i));
			if (!m.matches() || m.group(1).isBlank()) {
				badLines.add(i + 1);
				continue;
			}
			basis.add(new BasisLine(m.group(1).strip(), blankToNull(m.group(2)), blankToNull(m.group(3))));
		}
		return basis;
	}

	/** The responsibilities, or the numbers of the lines without a known stage before the colon. */
	static List<Responsibility> duties(String text, List<Integer> badLines) {
		List<Responsibility> duties = new ArrayList<>();
		List<String> lines = lines(text);
		for (int i = 0; i < lines.size(); i++) {
			Matcher m = DUTY.matcher(lines.get(i));
			Optional<ResponsibilityStage> stage = m.matches() ? stage(m.group(1)) : Optional.empty();
			if (stage.isEmpty()) {
				badLines.add(i + 1);
				continue;
			}
			duties.add(new Responsibility(stage.get(), m.group(2).strip()));
		}
		return duties;
	}

	static String basisText(List<LegalBasis> basis, Map<Long, String> indexNumbers) {
		return basis.stream().map(b -> "《" + b.lawName() + "》" + (b.article() == null ? "" : b.article())
				+ (b.documentId() != null && indexNumbers.containsKey(b.documentId())
						? " [" + indexNumbers.get(b.documentId()) + "]" : ""))
			.collect(Collectors.joining("\n"));
	}

	static String dutiesText(List<Responsibility> duties) {
		return duties.stream().map(d -> STAGES.get(d.stage()) + "：" + d.duty()).collect(Collectors.joining("\n"));
	}

	private static <E extends Enum<E>> Optional<E> lookup(Map<E, String> words, E[] values, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		for (E value : values) {
			if (words.get(value).equals(t) || value.name().equalsIgnoreCase(t)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
