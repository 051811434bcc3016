package org.gongkai.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.powers.PowerItemRef;
import org.gongkai.powers.PowerType;
import org.junit.jupiter.api.Test;

/** What a record needs: every missing or malformed field named at once. */
class PublicityRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static List<String> fields(PublicityDraft draft) {
		return PublicityRules
			.check(draft, TODAY,
					code -> "L1".equals(code)
							? Optional.of(new PowerItemRef("L1", "人力资源服务许可", PowerType.LICENSING, "RETAINED", 1L))
							: Optional.empty())
			.stream()
			.map(FieldProblem::field)
			.toList();
	}

	@Test
	void aCompleteLicenceHasNoProblem() {
		assertThat(fields(PublicityDraft.licence("湘人社许〔2026〕1号", "人力资源服务许可", "新办", "经营性人力资源服务",
				"湖南智联人力资源服务有限公司", false, "91430100MA4L0ABC1K", "湖南省人力资源和社会保障厅", TODAY, TODAY, null, "L1")))
			.isEmpty();
	}

	@Test
	void aPenaltyMissingItsKindsFieldsNamesEachOfThem() {
		assertThat(fields(PublicityDraft.penalty("湘人社监罚〔2026〕1号", "对克扣工资的处罚", null, " ", null, null, "张三", true,
				"43010219800101123X", "湖南省人力资源和社会保障厅", TODAY, null)))
			.containsExactly("penaltyCategory", "facts", "basis", "result");
	}

	@Test
	void anOrganisationNeedsACreditCodeAndAFutureDecisionIsRefused() {
		assertThat(fields(PublicityDraft.licence("湘人社许〔2026〕2号", "人力资源服务许可", "新办", "经营", "某公司", false, "12345",
				"湖南省人力资源和社会保障厅", TODAY.plusDays(1), null, null, null)))
			.containsExactly("partyCode", "decidedOn");
	}

	@Test
	void aPowerItemMustExistAndHaveTheRecordsType() {
		assertThat(fields(PublicityDraft.penalty("湘人社监罚〔2026〕3号", "处罚", PenaltyCategory.FINE, "事由", "依据", "罚款",
				"某公司", false, "91430100MA4L0ABC1K", "湖南省人力资源和社会保障厅", TODAY, "L1")))
			.containsExactly("powerCode");
		assertThat(fields(PublicityDraft.penalty("湘人社监罚〔2026〕3号", "处罚", PenaltyCategory.FINE, "事由", "依据", "罚款",
				"某公司", false, "91430100MA4L0ABC1K", "湖南省人力资源和社会保障厅", TODAY, "NOPE")))
			.containsExactly("powerCode");
	}

}
