package org.gongkai.config;

import tools.jackson.core.JacksonException;

/** The JSON path of the field a body could not be read at ({@code items[0].kind}), from Jackson's exception. */
final class JsonPaths {

	private JsonPaths() {
	}

	/** The path, or null when the body is not even JSON (no field to name). */
	static String of(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return path(jackson);
			}
		}
		return null;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

}
