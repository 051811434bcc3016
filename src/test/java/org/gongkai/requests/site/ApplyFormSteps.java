package org.gongkai.requests.site;

import static org.gongkai.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.gongkai.support.ClientAddresses;

/** What an applicant does on the public pages, as MockMvc requests in one browser session. */
public final class ApplyFormSteps {

	final MockMvc mvc;

	final MockHttpSession session = new MockHttpSession();

	/** The browser's own client address, so that the rate limit of other tests' requests does not apply. */
	final String address = ClientAddresses.fresh();

	public ApplyFormSteps(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A complete, valid application of a natural person. */
	public static Map<String, String> person(String item) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "NATURAL_PERSON");
		fields.put("personName", "李四");
		fields.put("idType", "RESIDENT_ID");
		fields.put("idNumber", "430102198503150022");
		fields.put("phone", "0731-84901234");
		fields.put("email", "lisi@example.com");
		fields.put("address", "长沙市天心区城南西路1号");
		fields.put("postcode", "410000");
		fields.put("items[0].description", item);
		fields.put("items[0].documentNumber", "湘人社发〔2026〕1号");
		fields.put("purpose", "了解就业补助资金使用情况");
		fields.put("wantedForm", "EMAIL");
		fields.put("delivery", "EMAIL");
		return fields;
	}

	/** Opens the form and returns its one-time key. */
	public String openForm() throws Exception {
		MvcResult result = mvc.perform(get("/apply").session(session)).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("input[name=submissionKey]").val();
	}

	public MvcResult submit(String key, Map<String, String> fields, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/apply");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		fields.forEach(request::param);
		return mvc.perform(request.param("submissionKey", key).session(session).with(csrf()).with(from(address)))
			.andReturn();
	}

	MvcResult press(String key, Map<String, String> fields, String button, String value) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/apply");
		fields.forEach(request::param);
		return mvc
			.perform(request.param("submissionKey", key).param(button, value).session(session).with(csrf())
				.with(from(address)))
			.andReturn();
	}

	public Document receipt(MvcResult submitted) throws Exception {
		String location = submitted.getResponse().getRedirectedUrl();
		return page(mvc.perform(get(location).session(session)).andReturn());
	}

	MvcResult track(String trackingNumber, String queryCode) throws Exception {
		return mvc.perform(post("/track").param("trackingNumber", trackingNumber)
			.param("queryCode", queryCode)
			.session(session)
			.with(csrf())
			.with(from(address))).andReturn();
	}

	static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	public static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("files", name, "application/pdf", "%PDF-1.4\n%test\n".getBytes());
	}

	static MockMultipartFile png(String name) {
		return new MockMultipartFile("files", name, "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
	}

}
