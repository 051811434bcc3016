package org.gongkai.services;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.powers.LegalBasis;
import org.gongkai.powers.PowerDraft;
import org.gongkai.powers.PowerStatus;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.Powers;
import org.gongkai.powers.StatusChange;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The staff API refuses a guide missing mandatory elements with 422 naming each one (POST, PUT and publish), keeps
 * the promised time limit within the statutory one, and changes nothing when it refuses.
 */
@GongkaiTest
class ServicesApiTest {

	private static final RequestPostProcessor EDITOR = httpBasic("editor", TestAccounts.DEMO_PASSWORD);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Powers powers;

	@Autowired
	UnitManagement units;

	/** A licensing item of 就业处 on the power list, entered by the office. */
	private String powerItem(String name) {
		long unit = units.all().stream().filter(u -> u.code().equals("employment")).findFirst().orElseThrow().id();
		Me office = new Me(0, "office", "公开办", unit, "就业处", Set.of(Role.DISCLOSURE_OFFICE));
		return powers.create(office, null, new PowerDraft(name, PowerType.LICENSING, List.of(),
				List.of(new LegalBasis("人力资源市场暂行条例", "第十八条", null)), "湖南省人力资源和社会保障厅", unit, false,
				null, List.of(), null, null, null, null, null),
				new StatusChange(PowerStatus.RETAINED, LocalDate.of(2015, 6, 30), "保留", "湘政办发〔2015〕55号"));
	}

	@Test
	void aCompleteGuideOfAKnownItemIsPublishedAndPublicWithItsPowerItem() throws Exception {
		String power = powerItem("人力资源服务许可（接口测试）");
		mvc.perform(post("/api/v1/admin/services").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(GuideSamples.with(GuideSamples.complete("API-T5"), "powerCode", power))))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/services/API-T5")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/admin/services/API-T5/publish").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/services/API-T5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.power.code").value(power))
			.andExpect(jsonPath("$.powerUrl").value("/powers/" + power))
			.andExpect(jsonPath("$.guide.promisedDays").value(10))
			.andExpect(jsonPath("$.guide.statutoryDays").value(20));
	}

	@Test
	void aGuideOfACancelledItemIsNotPublished() throws Exception {
		String power = powerItem("台港澳人员在内地就业许可（接口测试）");
		long unit = units.all().stream().filter(u -> u.code().equals("employment")).findFirst().orElseThrow().id();
		powers.recordStatus(new Me(0, "office", "公开办", unit, "就业处", Set.of(Role.DISCLOSURE_OFFICE)), power,
				new StatusChange(PowerStatus.CANCELLED, LocalDate.of(2018, 7, 28), "国务院决定取消", "国发〔2018〕28号"));
		mvc.perform(post("/api/v1/admin/services").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(GuideSamples.with(GuideSamples.complete("API-T6"), "powerCode", power))))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/admin/services/API-T6/publish").with(EDITOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("powerCode"))
			.andExpect(jsonPath("$.detail").value(containsString("已取消")));
		mvc.perform(get("/api/v1/services/API-T6")).andExpect(status().isNotFound());
	}

	@Test
	void aPostMissingElementsAnswers422NamingEachAndSavesNothing() throws Exception {
		GuideDraft draft = GuideSamples.withRows(
				GuideSamples.with(GuideSamples.with(GuideSamples.complete("API-T1"), "hours", ""), "phone", null),
				java.util.List.of(), GuideSamples.complete("x").steps());
		mvc.perform(post("/api/v1/admin/services").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(draft)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("materials", "hours", "phone")))
			.andExpect(jsonPath("$.errors[*].element").value(containsInAnyOrder("MATERIALS", "HOURS", "PHONE")))
			.andExpect(jsonPath("$.detail").value(containsString("办理材料、办理时间、联系电话")));
		mvc.perform(get("/api/v1/admin/services/API-T1").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void aPutMissingAnElementAnswers422AndKeepsTheGuide() throws Exception {
		mvc.perform(post("/api/v1/admin/services").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(GuideSamples.complete("API-T2"))))
			.andExpect(status().isCreated());
		GuideDraft noBasis = GuideSamples.with(GuideSamples.complete("API-T2"), "legalBasis", " ");
		mvc.perform(put("/api/v1/admin/services/API-T2").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(noBasis)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("legalBasis"))
			.andExpect(jsonPath("$.errors.length()").value(1));
		mvc.perform(get("/api/v1/admin/services/API-T2").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.guide.legalBasis").value("《人力资源市场暂行条例》第十八条"));
	}

	@Test
	void aPromisedLimitOverTheStatutoryOneIsRefusedNamingTheField() throws Exception {
		GuideDraft late = GuideSamples.with(GuideSamples.with(GuideSamples.complete("API-T3"), "statutoryDays", 10),
				"promisedDays", 15);
		mvc.perform(post("/api/v1/admin/services").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(late)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("promisedDays"));
		mvc.perform(get("/api/v1/admin/services/API-T3").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void publishingWithoutAKnownPowerItemIsRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/admin/services").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(GuideSamples.with(GuideSamples.complete("API-T4"), "powerCode", "NO-SUCH-ITEM"))))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/admin/services/API-T4/publish").with(EDITOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("powerCode"))
			.andExpect(jsonPath("$.detail").value(containsString("NO-SUCH-ITEM")));
		mvc.perform(get("/api/v1/services/API-T4")).andExpect(status().isNotFound());
	}

}
