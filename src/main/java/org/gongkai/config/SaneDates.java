package org.gongkai.config;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * Every date of every JSON body, read as Jackson reads it and then refused outside the years the application
 * counts in ({@link ParameterBounds#FIRST_YEAR} to {@link ParameterBounds#LAST_YEAR}, as for parameters): a date
 * like {@code +999999999-12-31} would otherwise reach the working-day arithmetic. The refusal carries the field's
 * JSON path, so the 400 names it.
 */
class SaneDates extends StdDeserializer<LocalDate> {

	SaneDates() {
		super(LocalDate.class);
	}

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
		LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
		if (date != null && (date.getYear() < ParameterBounds.FIRST_YEAR || date.getYear() > ParameterBounds.LAST_YEAR)) {
			throw MismatchedInputException.from(parser, LocalDate.class, "date outside the years "
					+ ParameterBounds.FIRST_YEAR + "-" + ParameterBounds.LAST_YEAR);
		}
		return date;
	}

}
