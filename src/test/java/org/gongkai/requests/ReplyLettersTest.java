package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * The reply letter's draft (答复告知书) from the shipped templates: the articles each reply and ground rest on under
 * the application's rules, the linked documents, the frame with the agency and the Chinese date.
 */
@GongkaiTest
class ReplyLettersTest {

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyLetters letters;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void aPartlyDisclosedItemCitesArticle37AndTheGroundsArticle() {
		long id = applied("2026年度人力资源服务机构检查结果");
		long item = handling.view(CurrentStaff.require(), id).items().get(0).id();
		handling.decide(CurrentStaff.require(), id, item, ReplyType.PARTLY_DISCLOSED, Ground.THIRD_PARTY_RIGHTS, "涉及企业经营信息的部分不予公开。",
				List.of());

		String letter = letters.draft(handling.view(CurrentStaff.require(), id));

		assertThat(letter).contains("第三十七条", "第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息",
				"涉及企业经营信息的部分不予公开。");
		assertThat(letter).doesNotContain("不予公开。。", "{");
		assertThat(lines(letter)).startsWith("政府信息公开申请答复告知书", "申请编号：" + handling.view(CurrentStaff.require(), id).trackingNumber(),
				"张三：");
		assertThat(lines(letter)).endsWith("湖南省人力资源和社会保障厅", "2026年11月27日");
		assertThat(letter).contains("本机关于2026年11月27日收到您（单位）提出的政府信息公开申请，申请获取“2026年度人力资源服务机构检查结果”。",
				"《中华人民共和国政府信息公开条例》", "申请行政复议", "提起行政诉讼");
	}

	@Test
	void anAlreadyDisclosedItemListsTheLinkedDocumentWithItsTitleAndAddress() {
		DocumentSummary document = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0);
		long id = applied("湖南省政务公开工作实施方案", "2025年就业补助资金分配情况");
		List<CaseView.ItemView> items = handling.view(CurrentStaff.require(), id).items();
		handling.decide(CurrentStaff.require(), id, items.get(0).id(), ReplyType.ALREADY_PUBLIC, null, null, List.of(document.id()));
		handling.decide(CurrentStaff.require(), id, items.get(1).id(), ReplyType.NOT_EXIST, null, null, List.of());

		String letter = letters.draft(handling.view(CurrentStaff.require(), id));

		assertThat(letter).contains("《" + LetterComposer.innerTitle(document.title()) + "》", "索引号：" + document.indexNumber(),
				"/catalogue/documents/" + document.id(), "第三十六条第（一）项", "第三十六条第（四）项");
		assertThat(lines(letter)).anyMatch(line -> line.startsWith("一、经查，您申请获取的“湖南省政务公开工作实施方案”"))
			.anyMatch(line -> line.startsWith("二、经检索"));
		assertThat(letter).as("no explanation given: its sentence is left out").doesNotContain("。。", "{说明}");
	}

	@Test
	void aCaseUnderThe2008RulesCitesArticle21() {
		SignedIn.as(staff, "office");
		Receipt receipt = applications.register(CurrentStaff.require(), RequestClockScenarioTest.person("2018年度社会保险基金预算执行情况", null),
				Channel.POST, LocalDate.of(2019, 3, 1));
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		assertThat(handling.view(CurrentStaff.require(), id).rules()).isEqualTo(RuleSet.R2008);
		handling.decide(CurrentStaff.require(), id, handling.view(CurrentStaff.require(), id).items().get(0).id(), ReplyType.NOT_DISCLOSED, Ground.STATE_SECRET,
				"属于国家秘密", List.of());

		String letter = letters.draft(handling.view(CurrentStaff.require(), id));

		assertThat(letter).contains("第二十一条第（二）项", "第十四条第四款", "2008年5月1日起施行的《中华人民共和国政府信息公开条例》",
				"本机关于2019年3月1日收到");
		assertThat(letter).doesNotContain("第三十六条");
	}

	@Test
	void anUndecidedItemIsMarkedInTheDraft() {
		long id = applied("尚未决定的事项");
		assertThat(letters.draft(handling.view(CurrentStaff.require(), id))).contains("关于“尚未决定的事项”：尚未作出答复决定");
	}

	@Test
	void everyReplyTypeAndGroundHasAShippedTemplateThatCitesItsArticle() {
		for (ReplyType reply : ReplyType.values()) {
			assertThat(shipped(LetterTemplateCodes.reply(reply))).as(reply.name()).contains("{条款}", "{事项}");
		}
		for (ReplyType reply : ReplyType.values()) {
			if (reply.needsGround()) {
				assertThat(shipped(LetterTemplateCodes.reply(reply))).as(reply.name()).contains("{理由}", "{理由条款}");
			}
		}
		Arrays.stream(Ground.values())
			.forEach(ground -> assertThat(shipped(LetterTemplateCodes.ground(ground))).as(ground.name()).isNotBlank());
	}

	private String shipped(String code) {
		return jdbc.queryForObject("select shipped_body from letter_template where code = ?", String.class, code);
	}

	/** An application received today, assigned to 法规处; the office stays signed in. */
	private long applied(String... items) {
		ApplicationForm base = RequestClockScenarioTest.person(items[0], null);
		ApplicationForm form = new ApplicationForm(base.kind(), base.name(), base.idType(), base.idNumber(),
				base.contactPerson(), base.phone(), base.email(), base.address(), base.postcode(),
				Arrays.stream(items).map(text -> new ApplicationForm.Item(text, null)).toList(), base.purpose(),
				base.wantedForm(), base.delivery());
		Receipt receipt = applications.apply(form, null);
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		return id;
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private static List<String> lines(String letter) {
		return List.of(letter.split("\n"));
	}

}
