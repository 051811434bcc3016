package org.gongkai.services;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.common.RuleViolation;

/**
 * The rules of a service guide, asked by the action and by the page that offers it: which of the eight mandatory
 * elements are missing, and whether the time limits and the fee are stated as the practice requires.
 */
public final class GuideRules {

	private GuideRules() {
	}

	/** The mandatory elements the guide does not carry, in the order of the national list. */
	public static List<GuideElement> missing(GuideDraft d) {
		List<GuideElement> missing = new ArrayList<>();
		for (GuideElement element : GuideElement.values()) {
			if (!present(d, element)) {
				missing.add(element);
			}
		}
		return missing;
	}

	/** Refuses a guide that misses a mandatory element, naming each one. */
	public static void requireComplete(GuideDraft d) {
		List<GuideElement> missing = missing(d);
		if (!missing.isEmpty()) {
			throw new GuideIncomplete(missing);
		}
	}

	/**
	 * The time limits and the fee: the promised limit (承诺办结时限) may never exceed the statutory one (法定办结时限);
	 * a 承诺件 states its promised limit; a 即办件 is handled on the spot, so it promises no days; a fee is either
	 * "不收费" or stated, never blank.
	 */
	public static void checkLimitsAndFee(GuideDraft d) {
		Integer statutory = d.statutoryDays();
		Integer promised = d.promisedDays();
		if (d.kind() == HandlingKind.PROMISED && promised == null) {
			throw RuleViolation.invalid("promisedDays", "services.guide.promised.required");
		}
		if (d.kind() == HandlingKind.IMMEDIATE && promised != null && promised > 0) {
			throw RuleViolation.invalid("promisedDays", "services.guide.immediate.noDays", promised);
		}
		if (statutory != null && promised != null && promised > statutory) {
			throw RuleViolation.invalid("promisedDays", "services.guide.promised.overStatutory", promised, statutory);
		}
		if (!d.free() && (d.fee() == null || d.fee().isBlank())) {
			throw RuleViolation.invalid("fee", "services.guide.fee.required");
		}
	}

	private static boolean present(GuideDraft d, GuideElement element) {
		return switch (element) {
			case NAME -> text(d.name());
			case LEGAL_BASIS -> text(d.legalBasis());
			case CONDITIONS -> text(d.conditions());
			case MATERIALS -> !d.filledMaterials().isEmpty();
			case LOCATIONS -> text(d.locations());
			case HOURS -> text(d.hours());
			case PHONE -> text(d.phone());
			case PROCESS -> !d.filledSteps().isEmpty();
		};
	}

	private static boolean text(String value) {
		return value != null && !value.isBlank();
	}

}
