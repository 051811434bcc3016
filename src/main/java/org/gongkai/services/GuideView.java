package org.gongkai.services;

import java.time.Instant;
import java.util.List;

import org.gongkai.powers.PowerItemRef;

/**
 * A whole guide as its page and the API show it, with the power item it belongs to as it stands today (null when
 * the code names none) and the mandatory elements it still misses (none once published).
 */
public record GuideView(GuideDraft guide, List<Material> materials, GuideStatus status, Instant publishedAt,
		Instant updatedAt, PowerItemRef power, List<GuideElement> missing) {

	/** A row of the materials table with the names of its files (null when none). */
	public record Material(String name, MaterialSource source, Medium medium, Necessity necessity, Integer copies,
			String notes, boolean eLicence, String blankFile, String exampleFile) {
	}

	public String code() {
		return guide.code();
	}
}
