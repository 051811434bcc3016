package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.requests.ApplicantFiles;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.Ground;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.ReplyFiles;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.TimelineType;
import org.gongkai.requests.WantedForm;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;

/**
 * The reply delivered online (issue 16, item 3): the handler attaches the released files (refused ones named),
 * the applicant reads the letter and downloads the files on /track with the code and from the mailed link (which
 * never holds the code), every download is audited, online delivery records its own date, and the "due date may
 * change" warning is gone once the reply is issued.
 */
@GongkaiTest
class ReplyOnlineTest {

	static final byte[] PDF = "%PDF-1.4\n%就业补助资金分配表\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	static final String LETTER = "政府信息公开申请答复告知书\n申请人：\n您申请的就业补助资金分配文件予以公开，见附件；内部讨论记录不予公开。\n湖南省人力资源和社会保障厅\n2026年11月27日";

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyFiles replyFiles;

	@Autowired
	UnitManagement units;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UserDetailsService staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final String address = ClientAddresses.fresh();

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void theHandlerAttachesTheReleasedFilesAndARefusedFileIsNamed() throws Exception {
		Case c = decided(Delivery.EMAIL, "attach@example.com", "2025年就业补助资金分配文件（附件测试）");
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");

		MvcResult attached = mvc.perform(multipart("/admin/requests/{id}/reply-files", c.id)
			.file(file("就业补助资金分配表.pdf", PDF))
			.file(file("分配结果.png", PNG))
			.with(handler)
			.with(csrf())).andReturn();
		assertThat(attached.getResponse().getStatus()).isEqualTo(302);
		Document page = page(mvc.perform(get("/admin/requests/{id}", c.id).with(handler)).andReturn());
		assertThat(page.select(".reply-package-staff .reply-files a").eachText())
			.containsExactly("就业补助资金分配表.pdf", "分配结果.png");
		assertThat(page.select("#reply-files-input").attr("accept")).contains(".pdf", ".ofd", ".docx", ".gif");

		MvcResult exe = attach(c, handler, file("安装程序.exe", PDF));
		assertThat(exe.getResponse().getStatus()).isEqualTo(400);
		assertThat(page(exe).selectFirst("#reply-files-error").text()).contains("安装程序.exe", "格式");
		MvcResult disguised = attach(c, handler, file("伪装.pdf", PNG));
		assertThat(disguised.getResponse().getStatus()).isEqualTo(400);
		assertThat(page(disguised).selectFirst("#reply-files-error").text()).contains("伪装.pdf", "不符");
		byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		MvcResult tooLarge = attach(c, handler, file("全省明细.pdf", big));
		assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
		assertThat(page(tooLarge).selectFirst("#reply-files-error").text()).contains("全省明细.pdf", "20 MB");
		assertThat(fileIds(c)).as("refused files save nothing").hasSize(2);

		reply(c);
		MvcResult late = attach(c, handler, file("补充.pdf", PDF));
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(page(late).text()).contains("答复已作出");
		assertThat(fileIds(c)).hasSize(2);
	}

	@Test
	void theApplicantReadsTheReplyAndDownloadsItsFilesOnTheTrackingPageWithTheCode() throws Exception {
		Case c = replied(Delivery.EMAIL, "track-reply@example.com", "2025年就业补助资金分配文件（查询页）");
		List<Long> files = fileIds(c);

		Document page = page(track(c.number, c.code));
		assertThat(page.selectFirst("#reply .letter-sheet").text()).contains("您申请的就业补助资金分配文件予以公开");
		assertThat(page.select("#reply .reply-item")).hasSize(2);
		assertThat(page.selectFirst("#reply .reply-released").text()).contains("公开", "予以公开");
		assertThat(page.selectFirst("#reply .reply-released a").attr("href")).isEqualTo("/catalogue/documents/" + c.documentId);
		assertThat(page.selectFirst("#reply .reply-withheld").text()).contains("不予公开", "不予公开的理由",
				"内部讨论记录属于过程性信息");
		assertThat(page.select("#reply .reply-files button").eachText()).containsExactly("就业补助资金分配表.pdf",
				"分配结果.png");
		assertThat(page.text()).doesNotContain("handler");

		MvcResult download = mvc.perform(withCode(post("/track/reply/files/{id}", files.get(0)), c.number, c.code))
			.andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment", "filename*=");
		assertThat(download.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(downloadsAudited(c)).isEqualTo(1);
		mvc.perform(withCode(post("/track/reply/files/{id}", files.get(1)), c.number, c.code));
		assertThat(downloadsAudited(c)).as("one audit row per download").isEqualTo(2);

		MvcResult docx = mvc.perform(withCode(post("/track/reply/letter.docx"), c.number, c.code)).andReturn();
		assertThat(docx.getResponse().getStatus()).isEqualTo(200);
		assertThat(new String(docx.getResponse().getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(audited("request.reply.letterDownloaded", c)).isEqualTo(1);

		String notFound = main(track(c.number, "AAAAAAAA"));
		MvcResult wrongCode = mvc.perform(withCode(post("/track/reply/files/{id}", files.get(0)), c.number, "AAAAAAAA"))
			.andReturn();
		MvcResult noCode = mvc.perform(withCode(post("/track/reply/files/{id}", files.get(0)), c.number, "")).andReturn();
		Case other = replied(Delivery.EMAIL, "other-reply@example.com", "2025年就业补助资金分配文件（另一件）");
		MvcResult otherFile = mvc
			.perform(withCode(post("/track/reply/files/{id}", fileIds(other).get(0)), c.number, c.code))
			.andReturn();
		for (MvcResult refused : List.of(wrongCode, noCode, otherFile)) {
			assertThat(refused.getResponse().getStatus()).isEqualTo(404);
			assertThat(main(refused)).isEqualTo(notFound);
		}
		assertThat(downloadsAudited(c)).isEqualTo(2);
	}

	@Test
	void theMailedLinkOpensTheReplyAndNeverHoldsTheCode() throws Exception {
		Case c = replied(Delivery.EMAIL, "link-reply@example.com", "2025年就业补助资金分配文件（邮件链接）");
		String body = jdbc.queryForObject(
				"select body from outgoing_mail where reference = ? and purpose = 'request.replied'", String.class,
				c.number);
		assertThat(body).doesNotContain(c.code);
		Matcher link = Pattern.compile("http://localhost/track/reply/([A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String token = link.group(1);

		MvcResult landing = mvc.perform(get("/track/reply/{token}", token)).andReturn();
		assertThat(landing.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page(landing).select("#reply-open")).hasSize(1);
		assertThat(view(c).deliveredOn()).as("a link checker following the address delivers nothing").isNull();

		Document reply = page(mvc.perform(post("/track/reply").param("token", token).with(csrf()).with(from(address)))
			.andReturn());
		assertThat(reply.selectFirst("#reply .letter-sheet").text()).contains("予以公开");
		assertThat(reply.text()).doesNotContain(c.code);
		assertThat(view(c).deliveredBy()).isEqualTo(Delivery.EMAIL);
		assertThat(view(c).deliveredOn()).isEqualTo(today());

		MvcResult download = mvc.perform(post("/track/reply/files/{id}", fileIds(c).get(0)).param("token", token)
			.with(csrf())
			.with(from(address))).andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'request.replyFile.downloaded' "
				+ "and object_id = ? and summary like '%mailed link%'", Integer.class, c.number)).isEqualTo(1);

		String notFound = main(track(c.number, "AAAAAAAA"));
		String tampered = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
		MvcResult wrong = mvc.perform(post("/track/reply").param("token", tampered).with(csrf()).with(from(address)))
			.andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
		assertThat(main(wrong)).isEqualTo(notFound);

		RequestPostProcessor handler = Sessions.demo(mvc, "handler");
		mvc.perform(post("/admin/requests/{id}/reply-link/revoke", c.id).with(handler).with(csrf()));
		assertThat(page(mvc.perform(get("/admin/requests/{id}", c.id).with(handler)).andReturn())
			.selectFirst("#reply-link-status").text()).contains("撤回");
		MvcResult revoked = mvc.perform(post("/track/reply").param("token", token).with(csrf()).with(from(address)))
			.andReturn();
		assertThat(revoked.getResponse().getStatus()).isEqualTo(404);
		assertThat(main(revoked)).isEqualTo(notFound);
		assertThat(track(c.number, c.code).getResponse().getStatus()).as("the code still opens it").isEqualTo(200);
	}

	@Test
	void onlineDeliveryIsRecordedTheDayTheApplicantFirstOpensTheReply() throws Exception {
		Case online = replied(Delivery.ONLINE, "online-reply@example.com", "2025年就业补助资金分配文件（网上获取）");
		assertThat(view(online).deliveredOn()).isNull();
		track(online.number, online.code);
		track(online.number, online.code);
		CaseView delivered = view(online);
		assertThat(delivered.deliveredOn()).isEqualTo(today());
		assertThat(delivered.deliveredBy()).isEqualTo(Delivery.ONLINE);
		assertThat(delivered.timeline().stream().filter(t -> t.type() == TimelineType.DELIVERED))
			.as("the first opening only").hasSize(1);

		Case post = replied(Delivery.POST, "post-reply@example.com", "2025年就业补助资金分配文件（邮寄）");
		assertThat(page(track(post.number, post.code)).select("#reply .letter-sheet")).hasSize(1);
		assertThat(view(post).deliveredOn()).as("the paper letter asked for is still owed").isNull();
		String body = jdbc.queryForObject(
				"select body from outgoing_mail where reference = ? and purpose = 'request.replied'", String.class,
				post.number);
		assertThat(body).contains("http://localhost/track").doesNotContain("/track/reply/", post.code);
	}

	@Test
	void theWarningThatTheDueDateMayChangeIsGoneOnceTheReplyIsIssued() throws Exception {
		Case c = decided(Delivery.EMAIL, "late-reply@example.com", "2025年就业补助资金分配文件（延期跨年）");
		SignedIn.as(staff, "handler");
		handling.proposeExtension(CurrentStaff.require(), c.id, 20, "需要调取多年档案");
		SignedIn.as(staff, "officehead");
		handling.decideExtension(CurrentStaff.require(), c.id, true);
		SignedIn.signOut();
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");
		String trackWarning = "暂定：取决于2027年的节假日安排";
		String caseWarning = "暂定：取决于2027年的节假日安排";
		assertThat(view(c).clock().dueDate()).as("the extension runs into 2027").isAfter(LocalDate.of(2026, 12, 31));
		assertThat(page(track(c.number, c.code)).text()).contains(trackWarning);
		assertThat(page(mvc.perform(get("/admin/requests/{id}", c.id).with(handler)).andReturn()).text())
			.contains(caseWarning);

		reply(c);
		assertThat(page(track(c.number, c.code)).text()).doesNotContain(trackWarning);
		assertThat(page(mvc.perform(get("/admin/requests/{id}", c.id).with(handler)).andReturn()).text())
			.doesNotContain(caseWarning);
	}

	@Test
	void inEnglishTheTextsQuotedFromTheApplicationAndTheReplyAreMarkedChinese() throws Exception {
		Case c = replied(Delivery.ONLINE, "english-reply@example.com", "2025年就业补助资金分配文件（英文页）");
		Document page = page(mvc.perform(withCode(post("/track").param("lang", "en"), c.number, c.code)).andReturn());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		List<String> unmarked = page
			.select("#reply .item-description, #reply .reply-explanation, #reply .reply-files button, "
					+ "#reply .linked-documents a, .items-table td")
			.stream()
			.filter(element -> element.text().codePoints().anyMatch(ReplyOnlineTest::han))
			.filter(element -> element.closest("[lang=zh-CN]") == null && element.select("[lang=zh-CN]").isEmpty())
			.map(org.jsoup.nodes.Element::text)
			.toList();
		assertThat(page.select("#reply .reply-files button")).hasSize(2);
		assertThat(unmarked).as("Chinese texts on the English page not marked lang=\"zh-CN\" (WCAG 3.1.2)").isEmpty();
	}

	@Test
	void inEnglishTheReplyCitesTheArticlesInEnglish() throws Exception {
		Case c = replied(Delivery.ONLINE, "english-articles@example.com", "2025年就业补助资金分配文件（条文）");
		Document page = page(mvc.perform(withCode(post("/track").param("lang", "en"), c.number, c.code)).andReturn());
		List<String> citations = page.select("#reply .muted").eachText();
		assertThat(citations).isNotEmpty()
			.allSatisfy(citation -> assertThat(citation).doesNotContain("第").doesNotContain("条"))
			.anySatisfy(citation -> assertThat(citation).contains("Art. 36"));
	}

	private static boolean han(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	// The case: applied today, two items decided (one released with a catalogue document, one withheld).

	record Case(long id, String number, String code, long documentId) {
	}

	private Case decided(Delivery delivery, String email, String item) {
		Receipt receipt = applications.apply(new ApplicationForm(ApplicantKind.NATURAL_PERSON, "王五", IdType.RESIDENT_ID,
				"430104199001011230", null, "13812345678", email, "长沙市芙蓉区五一大道1号", "410000",
				List.of(new ApplicationForm.Item(item, null), new ApplicationForm.Item(item + "的内部讨论记录", null)),
				null, WantedForm.ONLINE_DOWNLOAD, delivery), null);
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		SignedIn.as(staff, "handler");
		DocumentSummary document = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0);
		List<CaseView.ItemView> items = handling.view(CurrentStaff.require(), id).items();
		handling.decide(CurrentStaff.require(), id, items.get(0).id(), ReplyType.DISCLOSED, null, null,
				List.of(document.id()));
		handling.decide(CurrentStaff.require(), id, items.get(1).id(), ReplyType.NOT_DISCLOSED,
				Ground.PROCESS_INFORMATION, "内部讨论记录属于过程性信息", List.of());
		SignedIn.signOut();
		return new Case(id, receipt.trackingNumber(), receipt.queryCode(), document.id());
	}

	private Case replied(Delivery delivery, String email, String item) {
		Case c = decided(delivery, email, item);
		SignedIn.as(staff, "handler");
		replyFiles.attach(CurrentStaff.require(), c.id, List.of(new ApplicantFiles.Upload("就业补助资金分配表.pdf", PDF),
				new ApplicantFiles.Upload("分配结果.png", PNG)));
		SignedIn.signOut();
		reply(c);
		return c;
	}

	private void reply(Case c) {
		SignedIn.as(staff, "handler");
		handling.reply(CurrentStaff.require(), c.id, LETTER);
		SignedIn.signOut();
	}

	private CaseView view(Case c) {
		SignedIn.as(staff, "handler");
		try {
			return handling.view(CurrentStaff.require(), c.id);
		}
		finally {
			SignedIn.signOut();
		}
	}

	private MvcResult attach(Case c, RequestPostProcessor handler, MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/admin/requests/{id}/reply-files", c.id).file(file).with(handler).with(csrf()))
			.andReturn();
	}

	private MvcResult track(String number, String code) throws Exception {
		return mvc.perform(withCode(post("/track"), number, code)).andReturn();
	}

	private MockHttpServletRequestBuilder withCode(MockHttpServletRequestBuilder request, String number, String code) {
		return request.param("trackingNumber", number).param("queryCode", code).with(csrf()).with(from(address));
	}

	private List<Long> fileIds(Case c) {
		return jdbc.queryForList("select id from request_reply_file where request_id = ? order by id", Long.class, c.id);
	}

	private int downloadsAudited(Case c) {
		return audited("request.replyFile.downloaded", c);
	}

	private int audited(String action, Case c) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?",
				Integer.class, action, c.number);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static String main(MvcResult result) throws Exception {
		return page(result).selectFirst("main").text();
	}

}
