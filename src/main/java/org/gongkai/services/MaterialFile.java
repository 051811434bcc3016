package org.gongkai.services;

/** The two files a material may offer: the blank form (空白表格) and a filled example (示例样表). */
public enum MaterialFile {

	BLANK, EXAMPLE;

	public String messageKey() {
		return "services.file." + name();
	}

	/** The kind a path names ({@code blank}, {@code example}); not found otherwise. */
	public static MaterialFile ofPath(String path) {
		for (MaterialFile kind : values()) {
			if (kind.path().equals(path)) {
				return kind;
			}
		}
		throw org.gongkai.common.RuleViolation.notFound("services.file.notFound");
	}

	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
