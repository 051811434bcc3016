package org.gongkai.config;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every string of every JSON body, read as Jackson reads it and then refused if it holds NUL or a lone surrogate
 * ({@link CleanText}): the refusal carries the field's JSON path, so the 400 names it.
 */
class CleanStrings extends StdDeserializer<String> {

	CleanStrings() {
		super(String.class);
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = StringDeserializer.instance.deserialize(parser, context);
		if (!CleanText.isClean(value)) {
			throw MismatchedInputException.from(parser, String.class, "NUL or lone surrogate in text");
		}
		return value;
	}

}
