package org.gongkai.requests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.Channel;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;

/**
 * The disclosure office registers an application that came by registered post with the day it was signed for;
 * the receipt shows the tracking number and the query code once; bad input is shown by field and kept.
 */
@GongkaiTest
class RegistrationConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseHandling handling;

	@Autowired
	UserDetailsService staff;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void aPostedApplicationIsRegisteredWithTheDayItWasSignedForAndTheReceiptShowsTheQueryCodeOnce() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		mvc.perform(get("/admin/requests/new").with(office)).andExpect(status().isOk())
			.andExpect(content().string(containsString("登记当面、信函或传真申请")));

		MvcResult registered = mvc.perform(organisation(post("/admin/requests/new").with(office).with(csrf()))
			.param("channel", "POST")
			.param("receivedOn", "2026-11-20")).andExpect(redirectedUrl("/admin/requests/new/receipt")).andReturn();
		Registration.Slip slip = (Registration.Slip) registered.getFlashMap().get("slip");
		mvc.perform(get("/admin/requests/new/receipt").with(office).flashAttr("slip", slip))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(slip.trackingNumber())))
			.andExpect(content().string(matchesPattern("(?s).*<dd class=\"token\">[A-Z0-9]{8}</dd>.*")))
			.andExpect(content().string(containsString("2026-11-20")));
		mvc.perform(get("/admin/requests/new/receipt").with(office)).andExpect(redirectedUrl("/admin/requests/new"));

		SignedIn.as(staff, "office");
		CaseView view = handling.view(CurrentStaff.require(), slip.caseId());
		assertThat(view.channel()).isEqualTo(Channel.POST);
		assertThat(view.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(view.registeredBy()).isEqualTo("office");
		assertThat(view.applicant().name()).isEqualTo("长沙市某律师事务所");
		assertThat(view.items()).extracting(CaseView.ItemView::description)
			.containsExactly("2026年度法律援助经费使用情况", "律师调解工作制度");
		// 20 working days from Friday 20 November 2026.
		assertThat(view.clock().dueDate()).isEqualTo(LocalDate.of(2026, 12, 18));
	}

	@Test
	void badInputIsShownByFieldAndKeptAndOnlyTheOfficeRegisters() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		mvc.perform(post("/admin/requests/new").with(office).with(csrf())
			.param("kind", "NATURAL_PERSON")
			.param("name", "刘七")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", "430104199001011231")
			.param("phone", "0731-8888888")
			.param("items[0].description", "")
			.param("items[0].documentNumber", "")
			.param("wantedForm", "PAPER")
			.param("delivery", "POST")
			.param("channel", "IN_PERSON")
			.param("receivedOn", "2026-11-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("居民身份证号码校验位不正确")))
			.andExpect(content().string(containsString("选择邮寄时请填写通信地址")))
			.andExpect(content().string(containsString("请至少填写一项所需政府信息")))
			.andExpect(content().string(containsString("value=\"刘七\"")))
			.andExpect(content().string(containsString("value=\"430104199001011231\"")))
			.andExpect(content().string(containsString("aria-describedby=\"reg-idNumber-hint reg-idNumber-error\"")));

		mvc.perform(organisation(post("/admin/requests/new").with(office).with(csrf()))
			.param("channel", "FAX")
			.param("receivedOn", "2026-11-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("收到日期不能晚于今天")))
			.andExpect(content().string(containsString(">律师调解工作制度</textarea>")));

		mvc.perform(organisation(post("/admin/requests/new").with(office).with(csrf())).param("addItem", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"items[2].description\"")))
			.andExpect(content().string(containsString(">2026年度法律援助经费使用情况</textarea>")));

		mvc.perform(get("/admin/requests/new").with(Sessions.demo(mvc, "handler"))).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("只有公开办可以登记")));
	}

	private static MockHttpServletRequestBuilder organisation(MockHttpServletRequestBuilder request) {
		return request.param("kind", "LEGAL_SERVICE_PROVIDER")
			.param("name", "长沙市某律师事务所")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", "91350100M000100Y43")
			.param("contactPerson", "周律师")
			.param("phone", "0731-84000000")
			.param("email", "")
			.param("address", "长沙市岳麓区麓山南路1号")
			.param("postcode", "410000")
			.param("items[0].description", "2026年度法律援助经费使用情况")
			.param("items[0].documentNumber", "")
			.param("items[1].description", "律师调解工作制度")
			.param("items[1].documentNumber", "")
			.param("purpose", "")
			.param("wantedForm", "PAPER")
			.param("delivery", "POST");
	}

}
