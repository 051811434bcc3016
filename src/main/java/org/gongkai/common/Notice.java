package org.gongkai.common;

import java.util.List;

/** A message for the next page after a redirect (flash attribute {@code flash}): a bundle key and its arguments. */
public record Notice(String key, List<Object> args) {

	public static Notice of(String key, Object... args) {
		return new Notice(key, List.of(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}
