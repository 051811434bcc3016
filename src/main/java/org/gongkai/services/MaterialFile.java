package org.gongkai.services;

/** The two files a material may offer: the blank form (空白表格) and a filled example (示例样表). */
public enum MaterialFile {

	BLANK, EXAMPLE;

	public String messageKey() {
		return "services.file." + name();
	}

	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
