package org.gongkai.powers;

import java.time.LocalDate;


/**
 * The console's item form, in the text of the import file ({@link PowerCells}): sub-items, legal basis
 * ({@code 《law》article [index number]}) and responsibilities ({@code stage：duty}) one a line; for a new item also
 * the code (blank: the rule's next) and its first status. Dates are text, so that no input fails binding.
 */
public record PowerForm(String code, String name, String type, String subItems, String basis,
		String implementingBody, Long handlingUnitId, Boolean reviewForward, String finalApprovingBody,
		String responsibilities, String accountability, String supervisionMethod, String supervisionPhone,
		String fees, String timeLimit, String status, String effectiveOn, String reason,
		String decidingDocument) {

	public PowerForm {
		reviewForward = Boolean.TRUE.equals(reviewForward);
	}

	public static PowerForm empty(Long unitId, LocalDate today) {
		return new PowerForm("", "", null, "", "", "", unitId, false, "", "", "", "", "", "", "",
				PowerStatus.RETAINED.name(), today.toString(), "", "");
	}

	/** The first status; a date that is not a date is refused naming {@code effectiveOn}. */
	public StatusChange firstStatus() {
		return new StatusChange(status(status), day(effectiveOn), reason, decidingDocument);
	}

	/** The chosen type, {@code null} when none; 422 naming {@code type} for a value no option has. */
	public PowerType powerType() {
		return choice(PowerType.class, type, "type");
	}

	/** A form's status, {@code null} when none; 422 naming {@code status} for a value no option has. */
	public static PowerStatus status(String text) {
		return choice(PowerStatus.class, text, "status");
	}

	private static <E extends Enum<E>> E choice(Class<E> kind, String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(kind, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw PowerRules.unprocessable(field, "powers.field.choice");
		}
	}

	/** A form's date (yyyy-mm-dd), {@code null} when blank; 422 naming {@code effectiveOn} when unreadable. */
	public static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw PowerRules.unprocessable("effectiveOn", "powers.import.date", text.strip());
		}
	}

}
