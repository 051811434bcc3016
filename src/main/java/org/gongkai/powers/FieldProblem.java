package org.gongkai.powers;

/** One field an item or an import row gets wrong: the field's name, a message key and its arguments. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
