package org.gongkai.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gongkai.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The rules of a service guide: each missing mandatory element named; promised limit within the statutory one. */
class GuideRulesTest {

	@Test
	void aCompleteGuideMissesNothing() {
		assertThat(GuideRules.missing(GuideSamples.complete("101"))).isEmpty();
		assertThatCode(() -> GuideRules.requireComplete(GuideSamples.complete("101"))).doesNotThrowAnyException();
	}

	@Test
	void anEmptyGuideMissesAllEightElementsInTheNationalOrder() {
		assertThat(GuideRules.missing(GuideDraft.empty())).containsExactly(GuideElement.NAME,
				GuideElement.LEGAL_BASIS, GuideElement.CONDITIONS, GuideElement.MATERIALS, GuideElement.LOCATIONS,
				GuideElement.HOURS, GuideElement.PHONE, GuideElement.PROCESS);
	}

	@Test
	void eachElementIsMissedOnItsOwn() {
		GuideDraft d = GuideSamples.complete("101");
		assertThat(GuideRules.missing(GuideSamples.with(d, "name", " "))).containsExactly(GuideElement.NAME);
		assertThat(GuideRules.missing(GuideSamples.with(d, "legalBasis", null))).containsExactly(GuideElement.LEGAL_BASIS);
		assertThat(GuideRules.missing(GuideSamples.with(d, "conditions", ""))).containsExactly(GuideElement.CONDITIONS);
		assertThat(GuideRules.missing(GuideSamples.with(d, "locations", ""))).containsExactly(GuideElement.LOCATIONS);
		assertThat(GuideRules.missing(GuideSamples.with(d, "hours", ""))).containsExactly(GuideElement.HOURS);
		assertThat(GuideRules.missing(GuideSamples.with(d, "phone", ""))).containsExactly(GuideElement.PHONE);
	}

	@Test
	void materialsAndStepsCountOnlyWhenARowIsNamed() {
		GuideDraft d = GuideSamples.complete("101");
		GuideDraft blankRows = GuideSamples.withRows(d,
				List.of(new GuideDraft.MaterialRow(" ", MaterialSource.APPLICANT, Medium.PAPER, Necessity.REQUIRED, 1,
						"", false)),
				List.of(new GuideDraft.StepRow("", 1, "标准")));
		assertThat(GuideRules.missing(blankRows)).containsExactly(GuideElement.MATERIALS, GuideElement.PROCESS);
	}

	@Test
	void theRefusalNamesEachMissingElementAndAnswers422() {
		GuideDraft d = GuideSamples.with(GuideSamples.with(GuideSamples.complete("101"), "hours", ""), "phone", "");
		assertThatThrownBy(() -> GuideRules.requireComplete(d)).isInstanceOfSatisfying(GuideIncomplete.class, ex -> {
			assertThat(ex.missing()).containsExactly(GuideElement.HOURS, GuideElement.PHONE);
			assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		});
	}

	@Test
	void thePromisedLimitMayNotExceedTheStatutoryOne() {
		assertThatCode(() -> GuideRules.checkLimitsAndFee(GuideSamples.limits(20, 20))).doesNotThrowAnyException();
		assertThatCode(() -> GuideRules.checkLimitsAndFee(GuideSamples.limits(20, 5))).doesNotThrowAnyException();
		assertThatThrownBy(() -> GuideRules.checkLimitsAndFee(GuideSamples.limits(20, 21)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("promisedDays");
				assertThat(ex.messageKey()).isEqualTo("services.guide.promised.overStatutory");
				assertThat(ex.arguments()).containsExactly(21, 20);
			});
	}

	@Test
	void aPromisedItemStatesItsDaysAndAnImmediateOnePromisesNone() {
		assertThatThrownBy(() -> GuideRules.checkLimitsAndFee(GuideSamples.limits(20, null)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("promisedDays"));
		GuideDraft immediate = GuideSamples.immediate(GuideSamples.limits(5, 2));
		assertThatThrownBy(() -> GuideRules.checkLimitsAndFee(immediate))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("services.guide.immediate.noDays"));
		assertThatCode(() -> GuideRules.checkLimitsAndFee(GuideSamples.immediate(GuideSamples.limits(5, 0))))
			.doesNotThrowAnyException();
	}

	@Test
	void aFeeIsNeverBlank() {
		assertThatThrownBy(() -> GuideRules.checkLimitsAndFee(GuideSamples.fee(GuideSamples.complete("101"), false, " ")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("fee"));
		assertThatCode(() -> GuideRules.checkLimitsAndFee(GuideSamples.fee(GuideSamples.complete("101"), false,
				"工本费每本10元"))).doesNotThrowAnyException();
	}

}
