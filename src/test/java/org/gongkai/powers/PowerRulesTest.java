package org.gongkai.powers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a complete item needs, each problem named by its field. */
class PowerRulesTest {

	static PowerDraft complete() {
		return new PowerDraft("人力资源服务许可", PowerType.LICENSING, List.of("设立人力资源服务机构许可"),
				List.of(new LegalBasis("人力资源市场暂行条例", "第十八条", null)), "湖南省人力资源和社会保障厅", 3L, false,
				null, List.of(new Responsibility(ResponsibilityStage.ACCEPTANCE, "依法受理申请。")), "不履行职责的，依法追责。",
				"投诉举报", "0731-12345678", "不收费", "20个工作日");
	}

	private static List<String> fields(PowerDraft draft) {
		return PowerRules.problems(draft).stream().map(FieldProblem::field).toList();
	}

	@Test
	void aCompleteItemHasNoProblem() {
		assertThat(PowerRules.problems(complete())).isEmpty();
	}

	@Test
	void anItemWithoutTypeOrLegalBasisNamesBothFields() {
		PowerDraft d = complete();
		PowerDraft bad = new PowerDraft(d.name(), null, d.subItems(), List.of(), d.implementingBody(),
				d.handlingUnitId(), false, null, List.of(), null, null, null, null, null);
		assertThat(fields(bad)).containsExactly("type", "basis");
	}

	@Test
	void reviewedAndForwardedNeedsTheFinalApprovingBody() {
		PowerDraft d = complete();
		PowerDraft forwarded = new PowerDraft(d.name(), d.type(), d.subItems(), d.basis(), d.implementingBody(),
				d.handlingUnitId(), true, " ", d.responsibilities(), null, null, null, null, null);
		assertThat(fields(forwarded)).containsExactly("finalApprovingBody");
	}

	@Test
	void aResponsibilityOutsideTheTypesStagesIsNamed() {
		PowerDraft d = complete();
		PowerDraft penaltyStageOnLicence = new PowerDraft(d.name(), d.type(), d.subItems(), d.basis(),
				d.implementingBody(), d.handlingUnitId(), false, null,
				List.of(new Responsibility(ResponsibilityStage.INVESTIGATION, "调查取证。")), null, null, null, null, null);
		assertThat(fields(penaltyStageOnLicence)).containsExactly("responsibilities[0].stage");
	}

	@Test
	void theCodeRuleNumbersByTypeAndChecksTheShape() {
		CodeRule rule = new CodeRule(new PowersProperties("{region}{department}{type}{seq:3}", "430000", "015"));
		assertThat(rule.code(PowerType.BENEFIT, 7)).isEqualTo("43000001505007");
		assertThat(rule.fits("43000001505007", PowerType.BENEFIT)).isTrue();
		assertThat(rule.fits("43000001501007", PowerType.BENEFIT)).isFalse();
		assertThat(rule.fits("4300000150500", PowerType.BENEFIT)).isFalse();
		assertThat(rule.serialOf("43000001505007", PowerType.BENEFIT)).isEqualTo(7);
	}

}
