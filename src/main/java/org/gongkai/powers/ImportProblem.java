package org.gongkai.powers;

/** A bad cell of an import: the file's row number, the column (its header) and what is wrong. */
public record ImportProblem(int row, String column, String messageKey, Object... arguments) {
}
