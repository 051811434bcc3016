package org.gongkai.requests.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;

/** The staff API as a script drives it: register, assign, decide, reply, deliver, archive; refusals as problems. */
@GongkaiTest
class RequestAdminApiTest {

	static final String API = "/api/v1/admin/requests";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void reset() {
		clock.set(TestClockConfig.START);
	}

	@Test
	void aScriptRegistersAssignsDecidesRepliesDeliversAndArchives() throws Exception {
		String body = """
				{"channel": "IN_PERSON", "receivedOn": "2026-11-24",
				 "application": {"kind": "NATURAL_PERSON", "name": "孙八", "idType": "RESIDENT_ID",
				  "idNumber": "430102198503150022", "phone": "13900000000", "email": "sun@example.com",
				  "items": [{"description": "2026年高校毕业生就业见习岗位目录"}, {"description": "见习补贴标准"}],
				  "wantedForm": "EMAIL", "delivery": "EMAIL"}}""";
		String created = call(post(API), "office", body).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString(API + "/")))
			.andExpect(jsonPath("$.queryCode").isString())
			.andExpect(jsonPath("$.receivedOn").value("2026-11-24"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String trackingNumber = JsonPath.read(created, "$.trackingNumber");

		mvc.perform(get(API).param("q", trackingNumber).with(as("office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].trackingNumber").value(trackingNumber))
			.andExpect(jsonPath("$.items[0].applicantName").value("孙八"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("430102198503150022"))));
		long legal = legalUnit();
		call(post(API + "/{id}/assign", id), "office", "{\"unitIds\": [" + legal + "]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.units", hasItem("法规处")))
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));

		String view = mvc.perform(get(API + "/{id}", id).with(as("handler")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicant.idNumber").value("430102198503150022"))
			.andExpect(jsonPath("$.actions.decide").value(true))
			.andReturn().getResponse().getContentAsString();
		long first = ((Number) JsonPath.read(view, "$.items[0].id")).longValue();
		long second = ((Number) JsonPath.read(view, "$.items[1].id")).longValue();

		call(post(API + "/{id}/items/{item}/decision", id, first), "handler",
				"{\"reply\": \"NOT_DISCLOSED\", \"explanation\": \"内部管理信息\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("ground"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十六条第（三）项")));
		call(post(API + "/{id}/extension/decision", id), "handler", "{\"approve\": true}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		call(post(API + "/{id}/reply", id), "handler", "{\"letter\": \"答复\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("每个申请事项都作出决定后才能答复。"));

		call(post(API + "/{id}/items/{item}/decision", id, first), "handler",
				"{\"reply\": \"DISCLOSED\", \"explanation\": \"见附件\"}").andExpect(status().isOk());
		call(post(API + "/{id}/items/{item}/decision", id, second), "handler",
				"{\"reply\": \"NOT_EXIST\", \"explanation\": \"本机关未制作见习补贴标准以外的文件\"}")
			.andExpect(jsonPath("$.actions.reply").value(true));
		String draft = mvc.perform(get(API + "/{id}/reply/draft", id).with(as("handler")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String letter = JsonPath.read(draft, "$.letter");
		call(post(API + "/{id}/reply", id), "handler", "{\"letter\": " + quoted(letter) + "}")
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.repliedOn").value("2026-11-27"));
		call(post(API + "/{id}/delivery", id), "handler", "{\"channel\": \"EMAIL\"}")
			.andExpect(jsonPath("$.deliveredOn").value("2026-11-27"));
		call(post(API + "/{id}/archive", id), "handler", "").andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.reportRow").value("PARTLY_DISCLOSED"));
		mvc.perform(get(API + "/by-number/{n}", trackingNumber).with(as("editor"))).andExpect(status().isNotFound());
		mvc.perform(get(API).with(as("editor"))).andExpect(status().isForbidden());
	}

	@Test
	void theOfficeHeadWhoProposedAnExtensionLeavesTheDecisionToAnotherHead() throws Exception {
		String created = call(post(API), "office", """
				{"channel": "IN_PERSON", "receivedOn": "2026-11-24",
				 "application": {"kind": "NATURAL_PERSON", "name": "钱九", "idType": "RESIDENT_ID",
				  "idNumber": "430102198503150022", "phone": "13900000001", "email": "qian@example.com",
				  "items": [{"description": "2025年度职业技能提升补贴发放明细"}],
				  "wantedForm": "EMAIL", "delivery": "EMAIL"}}""").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		call(post(API + "/{id}/extension", id), "officehead", "{\"days\": 10, \"reason\": \"需调取三个年度的档案\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actions.decideExtension").value(false));
		call(post(API + "/{id}/extension/decision", id), "officehead", "{\"approve\": true}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("延期申请是您提出的")));

		String second = "oh2-" + System.nanoTime() % 100000;
		String office = mvc.perform(get("/api/v1/admin/units").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		long officeUnit = ((Number) JsonPath.<java.util.List<Object>>read(office, "$[?(@.code == 'office')].id").get(0))
			.longValue();
		String account = mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"displayName\":\"公开办 副主任\",\"unitId\":%d,\"roles\":[\"UNIT_EDITOR\"],\"password\":\"%s\"}"
				.formatted(second, officeUnit, TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long accountId = ((Number) JsonPath.read(account, "$.id")).longValue();
		mvc.perform(put("/api/v1/admin/users/{id}", accountId).with(as("officehead"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"公开办 副主任\",\"unitId\":%d,\"roles\":[\"UNIT_EDITOR\",\"DISCLOSURE_OFFICE_HEAD\"],\"enabled\":true}"
				.formatted(officeUnit)))
			.andExpect(status().isOk());
		call(post(API + "/{id}/extension/decision", id), second, "{\"approve\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.extension.days").value(10));
	}

	@Test
	void theOpenApiDocumentListsTheStepsUnderTheirTag() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/requests/{id}/items/{itemId}/decision'].post.tags[0]")
				.value("Staff: disclosure applications"))
			.andExpect(jsonPath("$.paths['/api/v1/admin/requests'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/requests/{id}/extension/decision'].post").exists());
	}

	private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user, String json) throws Exception {
		return mvc.perform(request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long legalUnit() throws Exception {
		String units = mvc.perform(get("/api/v1/admin/units").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.<java.util.List<Object>>read(units, "$[?(@.name == '法规处')].id").get(0)).longValue();
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return httpBasic(user, TestAccounts.DEMO_PASSWORD);
	}

}
