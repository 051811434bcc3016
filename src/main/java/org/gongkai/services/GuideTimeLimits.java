package org.gongkai.services;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.approvals.ItemTimeLimits;

/**
 * The time limits an approval case copies at registration: those of the item's published guide (the first by
 * guide code when an item has several, such as 设立 and 变更), so that approvals need not know the guides.
 */
@Component
class GuideTimeLimits implements ItemTimeLimits {

	private final ServiceGuideRepository guides;

	GuideTimeLimits(ServiceGuideRepository guides) {
		this.guides = guides;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Limits> forItem(String powerCode) {
		return guides.findPublishedLimits(powerCode)
			.stream()
			.filter(row -> row[1] != null && row[2] != null)
			.findFirst()
			.map(row -> new Limits(((Number) row[1]).intValue(), ((Number) row[2]).intValue(), (String) row[0]));
	}

}
