package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.gongkai.requests.Applications;
import org.gongkai.support.GongkaiTest;

/** The public application form: a valid application, each kind of bad input, double submission, item round trips. */
@GongkaiTest
class ApplyPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Test
	void aValidApplicationRedirectsToAReceiptWithTheTrackingNumberAndQueryCode() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		MvcResult submitted = steps.submit(key, ApplyFormSteps.person("2026年就业补助资金分配文件"));
		assertThat(submitted.getResponse().getStatus()).isEqualTo(302);
		assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/apply/receipt/" + key);

		Document receipt = steps.receipt(submitted);
		String number = receipt.selectFirst("#tracking-number").text();
		String code = receipt.selectFirst("#query-code").text();
		assertThat(number).matches("YS2026-\\d{5}");
		assertThat(code).matches("[A-Z2-9]{8}");
		assertThat(receipt.select("dl.receipt-facts").text()).contains("2026年11月27日", "2026年12月25日");
		assertThat(applications.track(number, code).items()).extracting(i -> i.description())
			.containsExactly("2026年就业补助资金分配文件");
		assertThat(receipt.text()).doesNotContain("李四", "430102198503150022", "lisi@example.com");
	}

	@Test
	void theApplySectionIsTheFormAndStaysInTheNavigation() throws Exception {
		Document page = ApplyFormSteps.page(mvc.perform(get("/apply")).andReturn());
		assertThat(page.selectFirst("h1").text()).isEqualTo("政府信息公开申请");
		assertThat(page.select(".apply-rules li").text()).contains("20 个工作日", "补正", "信息处理费");
		assertThat(page.select(".site-nav a[aria-current=page]").attr("href")).isEqualTo("/apply");
		assertThat(page.select("fieldset legend").eachText()).contains("如为自然人", "如为法人或其他组织");
		assertThat(page.select("input[name=submissionKey]").val()).matches("[0-9a-f-]{36}");
		assertThat(page.select("form#apply-form").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(page.select("script")).isEmpty();
		Document english = ApplyFormSteps.page(mvc.perform(get("/apply").param("lang", "en")).andReturn());
		assertThat(english.selectFirst("h1").text()).isEqualTo("Apply for government information");
	}

	@Test
	void aBadResidentIdCheckDigitIsShownByItsFieldAndNothingIsSaved() throws Exception {
		Map<String, String> fields = ApplyFormSteps.person("工资指导线文件");
		fields.put("idNumber", "430102198503150023");
		Document page = rejected(fields, "idNumber");
		assertThat(page.selectFirst("#idNumber-error").text()).contains("校验位");
		assertThat(page.select(".error-summary a[href=#idNumber]").text()).contains("身份证号码", "校验位");
	}

	@Test
	void aBadCreditCodeIsShownByItsField() throws Exception {
		Map<String, String> fields = organisation();
		fields.put("creditCode", "91350100M000100Y44");
		Document page = rejected(fields, "creditCode");
		assertThat(page.selectFirst("#creditCode-error").text()).contains("统一社会信用代码");
		assertThat(page.selectFirst("#orgName").val()).isEqualTo("湖南某人力资源服务有限公司");
	}

	@Test
	void anOrganisationWithoutAContactPersonIsAskedForOne() throws Exception {
		Map<String, String> fields = organisation();
		fields.remove("contactPerson");
		Document page = rejected(fields, "contactPerson");
		assertThat(page.selectFirst("#contactPerson-error").text()).contains("联系人");
		assertThat(page.selectFirst("#kind-COMMERCIAL_ENTERPRISE").hasAttr("checked")).isTrue();
	}

	@Test
	void anApplicationWithoutItemsIsAskedForOne() throws Exception {
		Map<String, String> fields = ApplyFormSteps.person("");
		fields.put("items[0].documentNumber", "");
		Document page = rejected(fields, "item-0-description");
		assertThat(page.selectFirst("#item-0-description-error").text()).contains("至少填写一项");
		assertThat(page.select(".error-summary a[href=#item-0-description]").text())
			.startsWith("所需政府信息第 1 项的描述：");
	}

	@Test
	void deliveryByEmailWithoutAnAddressIsAskedForOne() throws Exception {
		Map<String, String> fields = ApplyFormSteps.person("社会保险费率调整文件");
		fields.put("email", "");
		Document page = rejected(fields, "email");
		assertThat(page.selectFirst("#email-error").text()).contains("电子邮箱");
		assertThat(page.selectFirst("#delivery-EMAIL").hasAttr("checked")).isTrue();
	}

	@Test
	void missingFieldsAreNamedWithTheirLabelsInTheSummary() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		Document page = ApplyFormSteps.page(steps.submit(key, Map.of("items[0].description", "人才引进政策", "phone", "")));
		assertThat(page.select(".error-summary li").eachText()).containsExactly("请选择申请人类型。", "请填写联系电话。",
				"请选择信息的提供形式。", "请选择获取信息的方式。");
		assertThat(page.selectFirst("#phone-error").text()).as("missing, not also malformed").isEqualTo("请填写联系电话。");
		assertThat(page.title()).startsWith("错误：");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#kind-NATURAL_PERSON", "#phone",
				"#wantedForm-PAPER", "#delivery-POST");
		assertThat(page.selectFirst("#item-0-description").text()).isEqualTo("人才引进政策");
		assertThat(applications.submittedWith(key)).isEmpty();
	}

	@Test
	void aDoubleSubmissionIsOneApplicationAndTheSameBrowserSeesItsReceiptAgain() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		Map<String, String> fields = ApplyFormSteps.person("失业保险稳岗返还名单");
		MvcResult first = steps.submit(key, fields);
		MvcResult second = steps.submit(key, fields);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		Document again = steps.receipt(second);
		Document original = steps.receipt(first);
		assertThat(again.selectFirst("#tracking-number").text()).isEqualTo(original.selectFirst("#tracking-number").text());
		assertThat(again.selectFirst("#query-code").text()).isEqualTo(original.selectFirst("#query-code").text());

		ApplyFormSteps otherBrowser = new ApplyFormSteps(mvc);
		Document elsewhere = otherBrowser.receipt(otherBrowser.submit(key, fields));
		assertThat(elsewhere.selectFirst("#tracking-number").text()).isEqualTo(original.selectFirst("#tracking-number").text());
		assertThat(elsewhere.select("#query-code")).isEmpty();
		assertThat(elsewhere.text()).contains("查询码已在首次提交时显示");

		String number = original.selectFirst("#tracking-number").text();
		ApplyFormSteps next = new ApplyFormSteps(mvc);
		Document nextReceipt = next.receipt(next.submit(next.openForm(), ApplyFormSteps.person("下一件申请")));
		assertThat(serial(nextReceipt.selectFirst("#tracking-number").text())).as("no application in between")
			.isEqualTo(serial(number) + 1);
	}

	@Test
	void aDoubleClickWhoseTwoRequestsRaceIsStillOneApplicationAndTheBrowserKeepsTheCode() throws Exception {
		for (int round = 0; round < 3; round++) {
			ApplyFormSteps steps = new ApplyFormSteps(mvc);
			String key = steps.openForm();
			Map<String, String> fields = ApplyFormSteps.person("并发提交测试 " + round);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService clicks = Executors.newFixedThreadPool(2);
			try {
				List<Future<MvcResult>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					results.add(clicks.submit(() -> {
						start.await();
						return steps.submit(key, fields);
					}));
				}
				start.countDown();
				for (Future<MvcResult> result : results) {
					assertThat(result.get(60, TimeUnit.SECONDS).getResponse().getRedirectedUrl())
						.isEqualTo("/apply/receipt/" + key);
				}
			}
			finally {
				clicks.shutdownNow();
			}
			Document receipt = ApplyFormSteps.page(mvc.perform(get("/apply/receipt/" + key).session(steps.session)).andReturn());
			String number = receipt.selectFirst("#tracking-number").text();
			assertThat(receipt.select("#query-code")).as("the code survives the race").hasSize(1);
			assertThat(applications.submittedWith(key)).contains(number);
			ApplyFormSteps next = new ApplyFormSteps(mvc);
			Document nextReceipt = next.receipt(next.submit(next.openForm(), ApplyFormSteps.person("并发之后")));
			assertThat(serial(nextReceipt.selectFirst("#tracking-number").text())).isEqualTo(serial(number) + 1);
		}
	}

	@Test
	void aReceiptIsOnlyShownToTheBrowserThatSubmitted() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		MvcResult submitted = steps.submit(key, ApplyFormSteps.person("人事考试成绩公示"));
		MvcResult stranger = mvc.perform(get(submitted.getResponse().getRedirectedUrl()).session(new MockHttpSession()))
			.andReturn();
		assertThat(stranger.getResponse().getStatus()).isEqualTo(404);
		assertThat(ApplyFormSteps.page(stranger).select("#tracking-number, #query-code")).isEmpty();
	}

	@Test
	void addingAndRemovingItemsKeepsEverythingTyped() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		Map<String, String> fields = ApplyFormSteps.person("第一项：职业技能提升补贴标准");
		Document added = ApplyFormSteps.page(steps.press(key, fields, "addItem", "1"));
		assertThat(added.select("fieldset.item")).hasSize(2);
		assertThat(added.selectFirst("#item-0-description").text()).isEqualTo("第一项：职业技能提升补贴标准");
		assertThat(added.selectFirst("#item-1-description").hasAttr("autofocus")).isTrue();
		assertThat(added.selectFirst("#personName").val()).isEqualTo("李四");
		assertThat(added.selectFirst("#idNumber").val()).isEqualTo("430102198503150022");
		assertThat(added.selectFirst("#purpose").text()).isEqualTo("了解就业补助资金使用情况");
		assertThat(added.selectFirst("#wantedForm-EMAIL").hasAttr("checked")).isTrue();
		assertThat(added.selectFirst("input[name=submissionKey]").val()).isEqualTo(key);
		assertThat(added.select(".error-summary, p.error")).isEmpty();

		fields.put("items[1].description", "第二项：创业担保贷款贴息");
		Document removed = ApplyFormSteps.page(steps.press(key, fields, "removeItem", "0"));
		assertThat(removed.select("fieldset.item")).hasSize(1);
		assertThat(removed.selectFirst("#item-0-description").text()).isEqualTo("第二项：创业担保贷款贴息");
		assertThat(applications.submittedWith(key)).isEmpty();
	}

	/** Submits, expects the form again with the error at {@code anchor}, everything kept and nothing saved. */
	private Document rejected(Map<String, String> fields, String anchor) throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		MvcResult result = steps.submit(key, fields);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = ApplyFormSteps.page(result);
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#" + anchor);
		assertThat(page.selectFirst("#" + anchor).attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#phone").val()).isEqualTo("0731-84901234");
		assertThat(page.selectFirst("input[name=submissionKey]").val()).isEqualTo(key);
		assertThat(applications.submittedWith(key)).as("nothing saved").isEmpty();
		return page;
	}

	private static Map<String, String> organisation() {
		Map<String, String> fields = ApplyFormSteps.person("人力资源服务许可办理情况");
		fields.remove("personName");
		fields.remove("idType");
		fields.remove("idNumber");
		fields.put("kind", "COMMERCIAL_ENTERPRISE");
		fields.put("orgName", "湖南某人力资源服务有限公司");
		fields.put("creditCode", "91350100M000100Y43");
		fields.put("contactPerson", "王五");
		return fields;
	}

	private static int serial(String trackingNumber) {
		return Integer.parseInt(trackingNumber.substring(trackingNumber.indexOf('-') + 1));
	}

}
