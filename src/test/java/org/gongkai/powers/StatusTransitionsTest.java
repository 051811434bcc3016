package org.gongkai.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;

import org.gongkai.common.RuleViolation;
import org.junit.jupiter.api.Test;

/** The status lifecycle of an item and the status it has on a day, as its history defines it. */
class StatusTransitionsTest {

	private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	private static StatusChange change(PowerStatus status, String day) {
		return new StatusChange(status, LocalDate.parse(day), "依据机构改革方案", "湘政发〔2019〕1号");
	}

	private static PowerItem retainedIn2015() {
		PowerItem item = new PowerItem("430000015010001", PowerRulesTest.complete(), "tester", NOW);
		item.record(change(PowerStatus.RETAINED, "2015-06-30"), "tester", NOW);
		return item;
	}

	private static RuleViolation refusal(PowerItem item, StatusChange change) {
		try {
			item.record(change, "tester", NOW);
		}
		catch (RuleViolation ex) {
			return ex;
		}
		throw new AssertionError("the change was allowed: " + change);
	}

	@Test
	void cancellingACancelledItemIsRefusedNamingTheStatusAndChangesNothing() {
		PowerItem item = retainedIn2015();
		item.record(change(PowerStatus.CANCELLED, "2017-03-01"), "tester", NOW);
		RuleViolation refused = refusal(item, change(PowerStatus.CANCELLED, "2018-01-01"));
		assertThat(refused.field()).isEqualTo("status");
		assertThat(refused.messageKey()).isEqualTo("powers.status.transition.CANCELLED");
		assertThat(item.toDetails(LocalDate.parse("2020-01-01")).history()).hasSize(2);
	}

	@Test
	void aCancelledItemMayOnlyBeTakenOverAgain() {
		PowerItem item = retainedIn2015();
		item.record(change(PowerStatus.CANCELLED, "2017-03-01"), "tester", NOW);
		for (PowerStatus other : new PowerStatus[] { PowerStatus.RETAINED, PowerStatus.ADJUSTED, PowerStatus.DELEGATED }) {
			assertThat(refusal(item, change(other, "2018-01-01")).field()).isEqualTo("status");
		}
		item.record(change(PowerStatus.TAKEN_OVER, "2021-01-01"), "tester", NOW);
		assertThat(item.statusOn(LocalDate.parse("2021-01-01"))).contains(PowerStatus.TAKEN_OVER);
	}

	@Test
	void aDelegatedItemMayBeTakenBackOrCancelledButNotDelegatedOrAdjusted() {
		assertThat(StatusTransitions.allowed(PowerStatus.DELEGATED, PowerStatus.DELEGATED)).isFalse();
		assertThat(StatusTransitions.allowed(PowerStatus.DELEGATED, PowerStatus.ADJUSTED)).isFalse();
		assertThat(StatusTransitions.allowed(PowerStatus.DELEGATED, PowerStatus.TAKEN_OVER)).isTrue();
		assertThat(StatusTransitions.allowed(PowerStatus.DELEGATED, PowerStatus.CANCELLED)).isTrue();
		assertThat(StatusTransitions.allowed(PowerStatus.RETAINED, PowerStatus.TAKEN_OVER)).isFalse();
		assertThat(StatusTransitions.allowed(PowerStatus.RETAINED, PowerStatus.ADJUSTED)).isTrue();
	}

	@Test
	void anItemEntersTheListOnlyTakenOverOrRetained() {
		PowerItem item = new PowerItem("430000015010002", PowerRulesTest.complete(), "tester", NOW);
		RuleViolation refused = refusal(item, change(PowerStatus.DELEGATED, "2019-01-01"));
		assertThat(refused.field()).isEqualTo("status");
		assertThat(refused.messageKey()).isEqualTo("powers.status.first");
	}

	@Test
	void aChangeNotLaterThanTheLatestIsRefusedNamingTheDate() {
		PowerItem item = retainedIn2015();
		RuleViolation refused = refusal(item, change(PowerStatus.DELEGATED, "2015-06-30"));
		assertThat(refused.field()).isEqualTo("effectiveOn");
		assertThat(item.toDetails(LocalDate.parse("2020-01-01")).history()).hasSize(1);
	}

	@Test
	void aChangeWithoutReasonOrDocumentNamesTheField() {
		assertThatThrownBy(() -> StatusTransitions.check(Optional.empty(),
				new StatusChange(PowerStatus.RETAINED, LocalDate.parse("2019-01-01"), " ", "文件")))
			.extracting("field").isEqualTo("reason");
		assertThatThrownBy(() -> StatusTransitions.check(Optional.empty(),
				new StatusChange(PowerStatus.RETAINED, LocalDate.parse("2019-01-01"), "原因", null)))
			.extracting("field").isEqualTo("decidingDocument");
		assertThatThrownBy(() -> StatusTransitions.check(Optional.empty(),
				new StatusChange(PowerStatus.RETAINED, null, "原因", "文件")))
			.extracting("field").isEqualTo("effectiveOn");
	}

	@Test
	void theStatusOnADayIsTheLatestEventEffectiveOnOrBeforeIt() {
		PowerItem item = retainedIn2015();
		item.record(change(PowerStatus.DELEGATED, "2019-04-01"), "tester", NOW);
		assertThat(item.statusOn(LocalDate.parse("2015-06-29"))).isEmpty();
		assertThat(item.statusOn(LocalDate.parse("2015-06-30"))).contains(PowerStatus.RETAINED);
		assertThat(item.statusOn(LocalDate.parse("2019-03-31"))).contains(PowerStatus.RETAINED);
		assertThat(item.statusOn(LocalDate.parse("2019-04-01"))).contains(PowerStatus.DELEGATED);
	}

}
