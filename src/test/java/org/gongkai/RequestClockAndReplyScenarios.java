package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;

/**
 * Issue 16's scenarios through the public and staff interfaces, for {@link PlatformScenarios} to run on H2 and on
 * PostgreSQL: the reply with its files delivered online (on /track with the code and through the mailed link), the
 * stored clock recomputed when the calendar changes, a step recorded for an earlier day with {@code on}, and a
 * published year keeping its Table B against a back-dated registration.
 */
final class RequestClockAndReplyScenarios {

	private static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	static final byte[] PDF = "%PDF-1.4\n%就业补助资金分配表\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	private final MockMvc mvc;

	private final MutableClock clock;

	private final JdbcTemplate jdbc;

	private final String address = ClientAddresses.fresh();

	RequestClockAndReplyScenarios(MockMvc mvc, MutableClock clock, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** A reply with two files and a withheld item, read and downloaded on /track and through the mailed link. */
	void replyWithFilesDeliveredOnline() throws Exception {
		on(2026, 11, 27);
		Application a = apply("reply-platform@example.com", "ONLINE", "2025年就业补助资金分配文件（平台）",
				"2025年就业补助资金分配的内部讨论记录（平台）");
		assign(a.id);
		List<Number> items = JsonPath.read(view(a.id), "$.items[*].id");
		step("handler", a.id, "items/" + items.get(0) + "/decision", "{\"reply\":\"DISCLOSED\"}");
		step("handler", a.id, "items/" + items.get(1) + "/decision",
				"{\"reply\":\"NOT_DISCLOSED\",\"ground\":\"PROCESS_INFORMATION\",\"explanation\":\"内部讨论记录属于过程性信息\"}");
		mvc.perform(multipart("/admin/requests/{id}/reply-files", a.id)
			.file(new MockMultipartFile("files", "就业补助资金分配表.pdf", "application/octet-stream", PDF))
			.file(new MockMultipartFile("files", "分配结果.png", "application/octet-stream", PNG))
			.session(session("handler"))
			.with(csrf())).andExpect(status().isFound());
		String draft = JsonPath.read(mvc.perform(get("/api/v1/admin/requests/{id}/reply/draft", a.id).with(staff("handler")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.letter");
		step("handler", a.id, "reply", "{\"letter\":" + JsonMapper.builder().build().writeValueAsString(draft) + "}");
		List<Long> files = jdbc.queryForList("select id from request_reply_file where request_id = ? order by id",
				Long.class, a.id);
		assertThat(files).hasSize(2);

		Document tracked = page(mvc.perform(post("/track").param("trackingNumber", a.number)
			.param("queryCode", a.code)
			.with(csrf())
			.with(ClientAddresses.from(address))).andReturn());
		assertThat(tracked.select("#reply .reply-item")).hasSize(2);
		assertThat(tracked.selectFirst("#reply .reply-withheld").text()).contains("内部讨论记录属于过程性信息");
		assertThat(tracked.select("#reply .reply-files button").eachText()).containsExactly("就业补助资金分配表.pdf",
				"分配结果.png");
		assertThat(download(post("/track/reply/files/{id}", files.get(1)).param("trackingNumber", a.number)
			.param("queryCode", a.code))).isEqualTo(PNG);
		assertThat(JsonPath.<String>read(view(a.id), "$.deliveredBy")).as("online delivery on first opening")
			.isEqualTo("ONLINE");
		assertThat(JsonPath.<String>read(view(a.id), "$.deliveredOn")).isEqualTo("2026-11-27");

		String body = jdbc.queryForObject(
				"select body from outgoing_mail where reference = ? and purpose = 'request.replied'", String.class, a.number);
		assertThat(body).doesNotContain(a.code);
		Matcher link = Pattern.compile("http://localhost/track/reply/([A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		Document opened = page(mvc.perform(post("/track/reply").param("token", link.group(1))
			.with(csrf())
			.with(ClientAddresses.from(address))).andReturn());
		assertThat(opened.selectFirst("#reply .letter-sheet").text()).contains("内部讨论记录属于过程性信息");
		assertThat(download(post("/track/reply/files/{id}", files.get(0)).param("token", link.group(1)))).isEqualTo(PDF);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'request.replyFile.downloaded' "
				+ "and object_id = ?", Integer.class, a.number)).isEqualTo(2);
	}

	/**
	 * The office makes Tuesday 15 December 2026 a rest day on the calendar page: an application received on 1
	 * December, due on 29 December, is due on the 30th in its stored clock, with a line on the applicant's timeline;
	 * deleting the day moves it back.
	 */
	void storedClockFollowsACalendarChange() throws Exception {
		on(2026, 12, 1);
		Application a = apply("calendar-platform@example.com", "EMAIL", "2026年就业见习补贴发放情况（平台）");
		assertThat(storedDue(a.id)).isEqualTo(LocalDate.of(2026, 12, 29));
		MockHttpSession office = session("office");
		mvc.perform(post("/admin/calendar/days").param("date", "2026-12-15")
			.param("kind", "HOLIDAY")
			.param("name", "平台测试")
			.session(office)
			.with(csrf())).andExpect(status().isFound());
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> LocalDate.of(2026, 12, 30).equals(storedDue(a.id)));
			mvc.perform(get("/api/v1/requests/{number}", a.number).param("queryCode", a.code)
				.with(ClientAddresses.from(address)))
				.andExpect(jsonPath("$.clock.dueDate").value("2026-12-30"))
				.andExpect(jsonPath("$.timeline[?(@.type == 'DUE_DATE_MOVED')].note").value("2026-12-29 → 2026-12-30"));
		}
		finally {
			mvc.perform(post("/admin/calendar/days/2026-12-15/delete").session(office).with(csrf()))
				.andExpect(status().isFound());
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> LocalDate.of(2026, 12, 29).equals(storedDue(a.id)));
	}

	/**
	 * A paper correction notice sent on Tuesday 10 November, entered on Friday the 13th: the clock stops on the
	 * 10th, the audit log names the day, and a day in the future is refused naming {@code on}.
	 */
	void aStepRecordedForAnEarlierDay() throws Exception {
		on(2026, 11, 2);
		Application a = apply("backdated-platform@example.com", "EMAIL", "2026年职业技能等级认定机构名单（平台）");
		assign(a.id);
		on(2026, 11, 13);
		mvc.perform(post("/api/v1/admin/requests/{id}/correction", a.id).with(staff("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"whatToCorrect\":\"请写明所需名单的年份\",\"on\":\"2026-11-14\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		step("handler", a.id, "correction", "{\"whatToCorrect\":\"请写明所需名单的年份\",\"on\":\"2026-11-10\"}");
		String view = view(a.id);
		assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("AWAITING_CORRECTION");
		assertThat(JsonPath.<String>read(view, "$.stops[0].stoppedOn")).isEqualTo("2026-11-10");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ? and summary like ?",
				Integer.class, a.number, "%(2026-11-10)%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select clock_running from disclosure_request where id = ?", Boolean.class, a.id))
			.as("the stored clock stands").isFalse();
	}

	/** Table B of 2012, once published, is not changed by an application registered later with a 2012 receipt date. */
	void aPublishedYearKeepsItsTableB() throws Exception {
		on(2012, 3, 5);
		register("2011年度就业资金使用情况（平台）", "2012-03-05");
		on(2013, 1, 21);
		int before = receivedIn2012();
		mvc.perform(post("/admin/requests/statistics/published").param("year", "2012")
			.session(session("office"))
			.with(csrf())).andExpect(status().isFound());
		on(2013, 3, 11);
		String late = register("2012年度职业培训补贴发放名单（平台）", "2012-12-27");
		String stats = statistics2012();
		assertThat(receivedIn2012()).isEqualTo(before);
		assertThat(JsonPath.<String>read(stats, "$.published.by")).isEqualTo("office");
		assertThat(JsonPath.<List<String>>read(stats, "$.corrections[*].trackingNumber")).containsExactly(late);
	}

	// Helpers.

	record Application(long id, String number, String code) {
	}

	private Application apply(String email, String delivery, String... items) throws Exception {
		StringBuilder list = new StringBuilder();
		for (String item : items) {
			list.append(list.isEmpty() ? "" : ",").append("{\"description\":\"").append(item).append("\"}");
		}
		String receipt = mvc.perform(post("/api/v1/requests").with(ClientAddresses.from(ClientAddresses.fresh()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"NATURAL_PERSON","name":"张三","idType":"RESIDENT_ID","idNumber":"430104199001011230",
					 "phone":"13812345678","email":"%s","items":[%s],"wantedForm":"ONLINE_DOWNLOAD","delivery":"%s"}"""
				.formatted(email, list, delivery)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(receipt, "$.trackingNumber");
		String code = JsonPath.read(receipt, "$.queryCode");
		long id = ((Number) JsonPath.read(mvc.perform(get("/api/v1/admin/requests/by-number/" + number).with(staff("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		return new Application(id, number, code);
	}

	private String register(String item, String receivedOn) throws Exception {
		String registered = mvc.perform(post("/api/v1/admin/requests").with(staff("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"application":{"kind":"NATURAL_PERSON","name":"李四","idType":"RESIDENT_ID",
					  "idNumber":"430104199001011230","phone":"13812345678","address":"长沙市芙蓉区五一大道1号",
					  "postcode":"410000","items":[{"description":"%s"}],"wantedForm":"PAPER","delivery":"POST"},
					 "channel":"POST","receivedOn":"%s"}""".formatted(item, receivedOn)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(registered, "$.trackingNumber");
	}

	private void assign(long id) throws Exception {
		step("office", id, "assign",
				"{\"unitIds\":[" + jdbc.queryForObject("select id from unit where code = 'legal'", Long.class) + "]}");
	}

	private String step(String user, long id, String action, String json) throws Exception {
		return mvc.perform(post("/api/v1/admin/requests/" + id + "/" + action).with(staff(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String view(long id) throws Exception {
		return mvc.perform(get("/api/v1/admin/requests/" + id).with(staff("handler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private LocalDate storedDue(long id) {
		return jdbc.queryForObject("select due_on from disclosure_request where id = ?", LocalDate.class, id);
	}

	private byte[] download(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).with(ClientAddresses.from(address))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private String statistics2012() throws Exception {
		return mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "2012").with(staff("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int receivedIn2012() throws Exception {
		return JsonPath.read(statistics2012(), "$.tableB.received.total");
	}

	private MockHttpSession session(String username) throws Exception {
		ResultActions login = mvc.perform(post("/admin/login").param("username", username)
			.param("password", TestAccounts.DEMO_PASSWORD)
			.with(csrf()));
		return (MockHttpSession) login.andExpect(status().isFound()).andReturn().getRequest().getSession();
	}

	private static RequestPostProcessor staff(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

	private static Document page(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}
