package org.gongkai.services;

import org.gongkai.common.RuleViolation;
import org.gongkai.powers.PowerItemRef;
import org.gongkai.powers.PowerLookup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a guide needs before the public sees it: the eight mandatory elements (each missing one named), time limits
 * and fee as the rules say, and a power item (权责清单) that exists, is not cancelled and is one citizens or
 * employers apply for; each refusal names the field.
 */
@Component
class GuidePublicationCheck {

	private final PowerLookup powers;

	GuidePublicationCheck(PowerLookup powers) {
		this.powers = powers;
	}

	void check(GuideDraft guide) {
		GuideRules.requireComplete(guide);
		GuideRules.checkLimitsAndFee(guide);
		if (guide.powerCode() == null || guide.powerCode().isBlank()) {
			throw refusal("services.guide.power.required", guide.powerCode());
		}
		PowerItemRef power = powers.current(guide.powerCode())
			.orElseThrow(() -> refusal("services.guide.power.unknown", guide.powerCode()));
		if ("CANCELLED".equals(power.status())) {
			throw refusal("services.guide.power.cancelled", power.code());
		}
		if (!power.type().publicFacing()) {
			throw refusal("services.guide.power.notPublicFacing", power.code());
		}
	}

	private static RuleViolation refusal(String key, String code) {
		return new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, key, "powerCode", code);
	}

}
