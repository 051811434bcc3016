package org.gongkai.services;

import java.util.List;

import org.gongkai.common.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * A guide refused because mandatory elements are missing: the refusal names each one (422), so that whoever wrote
 * the guide can complete it in one go. Nothing was changed.
 */
public class GuideIncomplete extends RuleViolation {

	private final transient List<GuideElement> missing;

	public GuideIncomplete(List<GuideElement> missing) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "services.guide.incomplete", missing.get(0).field(), missing.size());
		this.missing = List.copyOf(missing);
	}

	public List<GuideElement> missing() {
		return missing;
	}

}
