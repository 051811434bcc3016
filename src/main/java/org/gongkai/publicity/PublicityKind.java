package org.gongkai.publicity;

import org.gongkai.powers.PowerType;

/** The two kinds of 双公示 record: licensing decisions (行政许可) and penalty decisions (行政处罚). */
public enum PublicityKind {

	/** 行政许可 */
	LICENSING(PowerType.LICENSING, "licensing"),
	/** 行政处罚 */
	PENALTY(PowerType.PENALTY, "penalties");

	private final PowerType powerType;

	private final String path;

	PublicityKind(PowerType powerType, String path) {
		this.powerType = powerType;
		this.path = path;
	}

	/** The type a linked power item must have. */
	public PowerType powerType() {
		return powerType;
	}

	/** The list's path segment: /publicity/licensing, /publicity/penalties. */
	public String path() {
		return path;
	}

	public String messageKey() {
		return "publicity.kind." + name();
	}

	public static PublicityKind ofPath(String path) {
		for (PublicityKind kind : values()) {
			if (kind.path.equals(path)) {
				return kind;
			}
		}
		return null;
	}

}
