package org.gongkai.search;

import org.gongkai.common.RuleViolation;

/** The order of results: best match first (the default), or newest publication first. */
public enum SearchSort {

	RELEVANCE("relevance"), DATE("date");

	private final String parameter;

	SearchSort(String parameter) {
		this.parameter = parameter;
	}

	/** The value of the {@code sort} request parameter. */
	public String parameter() {
		return parameter;
	}

	/** Reads the {@code sort} parameter: absent or blank means relevance, anything unknown is refused. */
	public static SearchSort parse(String value) {
		if (value == null || value.isBlank()) {
			return RELEVANCE;
		}
		for (SearchSort sort : values()) {
			if (sort.parameter.equals(value.strip())) {
				return sort;
			}
		}
		throw RuleViolation.invalid("sort", "search.sort.invalid");
	}

}
