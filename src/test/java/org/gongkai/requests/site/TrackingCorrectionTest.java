package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.WantedForm;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.SignedIn;

/** The applicant answers a request for correction on the tracking page; the period restarts from that day. */
@GongkaiTest
class TrackingCorrectionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UserDetailsService staff;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void theTrackingPageAsksForTheCorrectionAndTheSentCorrectionRestartsTheClock() throws Exception {
		Receipt receipt = applications.apply(new ApplicationForm(ApplicantKind.NATURAL_PERSON, "王五", IdType.RESIDENT_ID,
				"430102198503150022", null, "13700000000", null, "长沙市开福区示例路2号", "410000",
				List.of(new ApplicationForm.Item("那个补贴的文件", null)), null, WantedForm.PAPER, Delivery.POST), null);
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		handling.requestCorrection(CurrentStaff.require(), id, "请写明补贴名称和发文年份", LocalDate.of(2026, 12, 10));
		SignedIn.signOut();

		Document asked = page(post("/track").param("trackingNumber", receipt.trackingNumber())
			.param("queryCode", receipt.queryCode()));
		assertThat(asked.select(".correction-box").text()).contains("请写明补贴名称和发文年份").contains("2026年12月10日");

		Document sent = page(post("/track/correct").param("trackingNumber", receipt.trackingNumber())
			.param("queryCode", receipt.queryCode())
			.param("items[0].description", "2026年一次性扩岗补助政策文件")
			.param("items[0].documentNumber", "湘人社规〔2026〕3号")
			.param("note", "已补充名称和文号"));
		assertThat(sent.select(".correction-box")).isEmpty();
		assertThat(sent.text()).contains("补正已提交").contains("湘人社规〔2026〕3号");
		assertThat(applications.track(receipt.trackingNumber(), receipt.queryCode()).status())
			.isEqualTo(RequestStatus.RECEIVED);
		assertThat(applications.track(receipt.trackingNumber(), receipt.queryCode()).clock().restartedByCorrection())
			.as("received and corrected on the same day: the start stays, the period is full again")
			.isFalse();

		Document blank = page(post("/track/correct").param("trackingNumber", receipt.trackingNumber())
			.param("queryCode", receipt.queryCode())
			.param("items[0].description", "再次补正"));
		assertThat(blank.select(".notice.error").text()).as("no correction is awaited any more")
			.contains("没有待补正");
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return Jsoup.parse(mvc.perform(request.with(csrf()).with(ClientAddresses.from(ClientAddresses.fresh())))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
