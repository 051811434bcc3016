package org.gongkai.consultation.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.gongkai.consultation.CommentReceipt;
import org.gongkai.consultation.Rejection;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Commenting from a draft's page and looking the comment up: the receipt with the code shown once, refusals by
 * field with what was typed kept, the refusal after closing, the rate limit, and the status by code.
 */
@GongkaiTest
class CommentingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsultationFixtures(context);
	}

	@Test
	void aCommentLeadsToTheReceiptWhichShowsTheCodeOnceAndTheCodeShowsTheStatus() throws Exception {
		long id = fixtures.open("评论测试：收到意见的办法");
		long article3 = fixtures.articleId(id, 3);
		MvcResult sent = mvc.perform(comment(id).param("articleId", String.valueOf(article3))
			.param("body", "建议补贴标准提高到每人每月800元。")
			.param("name", "李女士")
			.param("contact", "li@example.com")
			.param("wantsReply", "true")).andReturn();
		assertThat(sent.getResponse().getStatus()).isEqualTo(302);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/consultations/" + id + "/comments/receipt");
		CommentReceipt receipt = (CommentReceipt) sent.getFlashMap().get("receipt");
		String code = receipt.statusCode();

		MvcResult shown = mvc.perform(get(sent.getResponse().getRedirectedUrl()).flashAttrs(sent.getFlashMap())).andReturn();
		assertThat(html(shown)).contains("意见已提交", code, "您对《评论测试：收到意见的办法》的意见已收到", "查询码只显示这一次", "href=\"/consultations/comments/status\"");
		assertThat(shown.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		MvcResult again = mvc.perform(get(sent.getResponse().getRedirectedUrl())).andReturn();
		assertThat(html(again)).doesNotContain(code).contains("不会再次显示");

		assertThat(status(code)).contains("待审核", "第三条", "建议补贴标准提高到每人每月800元。", "暂无回复")
			.doesNotContain("li@example.com");
		assertThat(html(mvc.perform(get("/consultations/" + id)).andReturn())).doesNotContain("建议补贴标准提高到每人每月800元。");
		fixtures.approveAll(id);
		assertThat(status(code)).contains("已公开");
		String page = html(mvc.perform(get("/consultations/" + id)).andReturn());
		assertThat(page.substring(page.indexOf("id=\"article-" + article3 + "\""))).contains("建议补贴标准提高到每人每月800元。");
	}

	@Test
	void aRejectedCommentShowsTheReasonAndAnUnknownCodeIsRefusedByTheField() throws Exception {
		long id = fixtures.open("评论测试：不予公开的办法");
		CommentReceipt receipt = fixtures.comment(id, null, null, "与本办法无关的内容。");
		fixtures.rejectAll(id, Rejection.OFF_TOPIC);
		assertThat(status(receipt.statusCode())).contains("未予公开", "与征求意见内容无关", "整体意见");

		MvcResult unknown = mvc.perform(statusLookup("ZZZZ9999")).andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(html(unknown)).contains("id=\"code-error\"", "没有找到与该查询码对应的意见", "value=\"ZZZZ9999\"");
		MvcResult blank = mvc.perform(statusLookup(" ")).andReturn();
		assertThat(blank.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(blank)).contains("请输入查询码");
		assertThat(html(mvc.perform(get("/consultations/comments/status")).andReturn())).contains("id=\"code\"");
	}

	@Test
	void refusedCommentsShowTheMessageByTheFieldAndKeepWhatWasTyped() throws Exception {
		long id = fixtures.open("评论测试：填错的办法");
		MvcResult empty = mvc.perform(comment(id).param("body", "  ").param("name", "张三")).andReturn();
		assertThat(empty.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(empty)).contains("id=\"body-error\"", "请填写意见内容", "value=\"张三\"", "href=\"#body\"",
				"有错误：");

		MvcResult noContact = mvc.perform(comment(id).param("body", "请回复我。").param("wantsReply", "true")).andReturn();
		assertThat(noContact.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(noContact)).contains("id=\"contact-error\"", "希望收到回复的，请留下联系方式", ">请回复我。</textarea>",
				"checked=\"checked\"");

		MvcResult markup = mvc.perform(comment(id).param("body", "好<script>alert(1)</script>")).andReturn();
		assertThat(markup.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(markup)).contains("id=\"body-error\"", "不能包含网页代码", "好&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");

		MvcResult tooLong = mvc.perform(comment(id).param("body", "长".repeat(2001))).andReturn();
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(tooLong)).contains("id=\"body-error\"", "意见内容不能超过");
	}

	@Test
	void aCommentAfterClosingOrBeforeOpeningIsRefusedWithTheReasonOnThePage() throws Exception {
		long closed = fixtures.closed("评论测试：已截止的办法");
		MvcResult late = mvc.perform(comment(closed).param("body", "截止后才来。")).andReturn();
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(late)).contains("id=\"comment-refusal\"", "征求意见已于", "截止，不再接受意见")
			.doesNotContain("Exception", "id=\"comment-form\"");

		long upcoming = fixtures.upcoming("评论测试：尚未开始的办法");
		MvcResult early = mvc.perform(comment(upcoming).param("body", "太早了。")).andReturn();
		assertThat(early.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(early)).contains("开始，届时方可提交意见");
	}

	@Test
	void commentsAreRateLimitedPerAddressAndNeedTheFormToken() throws Exception {
		long id = fixtures.open("评论测试：限流的办法");
		String address = ClientAddresses.fresh();
		for (int i = 0; i < 10; i++) {
			assertThat(mvc.perform(comment(id, address).param("body", "第" + i + "条意见。")).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		}
		MvcResult refused = mvc.perform(comment(id, address).param("body", "第十一条意见。")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();

		assertThat(mvc.perform(post("/consultations/{id}/comments", id).param("body", "没有令牌。")
			.with(ClientAddresses.from(ClientAddresses.fresh()))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void statusLookUpsAreRateLimitedPerAddressSoCodesCannotBeGuessed() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 0; i < 30; i++) {
			mvc.perform(statusLookup("GUESS" + i).with(ClientAddresses.from(address)));
		}
		MvcResult refused = mvc.perform(statusLookup("GUESSED9").with(ClientAddresses.from(address))).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
	}

	private String status(String code) throws Exception {
		MvcResult result = mvc.perform(statusLookup(code)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		return html(result);
	}

	private static MockHttpServletRequestBuilder statusLookup(String code) {
		return post("/consultations/comments/status").param("code", code)
			.with(csrf())
			.with(ClientAddresses.from(ClientAddresses.fresh()));
	}

	private static MockHttpServletRequestBuilder comment(long id) {
		return comment(id, ClientAddresses.fresh());
	}

	private static MockHttpServletRequestBuilder comment(long id, String address) {
		return post("/consultations/{id}/comments", id).with(csrf()).with(ClientAddresses.from(address));
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
