package org.gongkai.publicity;

/** One field a record gets wrong: the field's name, a message key and its arguments. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
