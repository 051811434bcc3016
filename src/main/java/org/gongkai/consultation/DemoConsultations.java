package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.DemoClock;
import org.gongkai.common.QueryCodes;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo consultations (演示数据), on the first start with demo data on: the employment-subsidy draft of 就业处 open
 * for comment, with comments on several articles (approved, one pending, one flagged by a sensitive word); the
 * wage-payment draft of 劳动关系处 concluded with its opinion groups, published feedback and final decision; and the
 * gig-market draft closed weeks ago without feedback. Everything goes through the same facades as the console and
 * the public comment form, with their validation and permission checks, acted by the demo staff accounts (passed
 * explicitly) on the day of each step ({@link DemoClock}). No commenter who is answered gave an e-mail address, so
 * no mail is sent.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoConsultations {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	/** The demo accounts that act here (see the README's demo accounts). */
	private static final List<String> ACTORS = List.of("office", "officehead", "editor");

	private final ConsultationRepository consultations;

	private final CommentRepository comments;

	private final Consultations drafting;

	private final Comments commenting;

	private final Moderation moderation;

	private final Outcomes outcomes;

	private final SensitiveWords sensitiveWords;

	private final UnitManagement units;

	private final Catalogue catalogue;

	private final StaffActors staff;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoConsultations(ConsultationRepository consultations, CommentRepository comments, Consultations drafting,
			Comments commenting, Moderation moderation, Outcomes outcomes, SensitiveWords sensitiveWords,
			UnitManagement units, Catalogue catalogue, StaffActors staff, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.comments = comments;
		this.drafting = drafting;
		this.commenting = commenting;
		this.moderation = moderation;
		this.outcomes = outcomes;
		this.sensitiveWords = sensitiveWords;
		this.units = units;
		this.catalogue = catalogue;
		this.staff = staff;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** After the demo catalogue (order 0), so that the concluded consultation can link its final decision. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(110)
	void onReady() {
		load();
	}

	/** Creates the demo consultations unless there is any consultation already; returns how many were created. */
	int load() {
		if (consultations.count() > 0) {
			return 0;
		}
		Map<String, Long> unitIds = units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		if (!unitIds.keySet().containsAll(List.of("employment", "labour"))) {
			log.warn("Demo consultations skipped: unit employment or labour is gone");
			return 0;
		}
		Map<String, Me> actors = new HashMap<>();
		ACTORS.forEach(name -> staff.named(name).ifPresent(me -> actors.put(name, me)));
		if (actors.size() < ACTORS.size()) {
			log.warn("Demo consultations skipped: a demo account of {} is gone", ACTORS);
			return 0;
		}
		Run run = new Run(LocalDate.now(clock), unitIds, actors);
		transactions.executeWithoutResult(status -> {
			run.all();
			events.publishEvent(AuditEvent.of("consultation.demo.loaded", "Consultation", null,
					run.created + " demo consultations").by("demo-data"));
		});
		log.info("Demo consultations: {} created", run.created);
		return run.created;
	}

	/** One loading run: each step on its own day, by its own demo account. */
	private final class Run {

		private final LocalDate today;

		private final Map<String, Long> unitIds;

		private final Map<String, Me> actors;

		private int created;

		Run(LocalDate today, Map<String, Long> unitIds, Map<String, Me> actors) {
			this.today = today;
			this.unitIds = unitIds;
			this.actors = actors;
		}

		void all() {
			if (sensitiveWords.list().isEmpty()) {
				as(today, "office", me -> sensitiveWords.replace(me, List.of("代办", "包过", "加微信", "刷单", "返利")));
			}
			open();
			concluded();
			closedWithoutFeedback();
		}

		/** 就业补助资金: open for 30 days since nine days ago; comments on articles 3, 5, 7 and 9 and the whole draft. */
		private void open() {
			long id = draft(ago(10), "employment", "editor", DemoDrafts.SUBSIDY_TITLE, DemoDrafts.SUBSIDY_EXPLANATION,
					"就业处 0731-84900000，hnjyc@example.gov.cn", false, ago(9), ago(9).plusDays(30),
					DemoDrafts.SUBSIDY);
			publish(ago(10), "office", id);
			Map<String, Long> articles = articles(id);
			long third = comment(ago(8), id, articles.get("第三条"), "张建华", "zhangjh@example.com",
					"建议在第三条补贴类别中增加“技能提升补贴”，把参加技能提升培训的在职职工也纳入支持范围，目前在职人员提升技能的积极性很高但缺少支持。");
			long fifth = comment(ago(7), id, articles.get("第五条"), "刘女士", "13807312671",
					"第五条社会保险补贴期限最长3年，建议对女性45周岁、男性55周岁以上的大龄就业困难人员适当延长补贴期限，帮助企业稳定用工。");
			long seventh = comment(ago(6), id, articles.get("第七条"), null, null,
					"见习补贴按最低工资标准的60%偏低，长沙等城市生活成本较高，建议统一按70%执行，留用率要求可以保留。");
			long ninth = comment(ago(5), id, articles.get("第九条"), "某人力资源服务公司", "0731-85551234",
					"建议明确第九条“20个工作日”从何时起算；申请材料不全需要补正的，补正期间是否计入审核时限？");
			long whole = comment(ago(4), id, null, "王先生", null,
					"建议办法出台时同步发布政策解读和办事指南，列明每项补贴的申领材料，方便企业和个人了解。");
			comment(ago(2), id, articles.get("第八条"), "陈同学", "chen.student@example.com",
					"第八条求职创业补贴1000元，能否提高到1500元？近年来外出求职的交通和住宿成本明显上升。");
			comment(ago(1), id, articles.get("第四条"), null, "13900000000",
					"代办各类就业补贴申领，材料齐全包过，有意请加微信详谈。");
			approve(ago(3), "editor", third, fifth, seventh, ninth, whole);
			as(ago(3), "editor", me -> moderation.reply(me, ninth,
					"感谢您的意见。审核时限自受理之日起计算，需补正材料的，补正期间不计入，我们将在定稿中予以明确。"));
		}

		/** 工资支付监督管理办法: closed six weeks ago, opinions grouped, feedback published with the final decision. */
		private void concluded() {
			LocalDate opens = ago(74);
			long id = draft(ago(75), "labour", "office", DemoDrafts.WAGES_TITLE, DemoDrafts.WAGES_EXPLANATION,
					"劳动关系处 0731-84900001", false, opens, opens.plusDays(30), DemoDrafts.WAGES);
			publish(ago(75), "officehead", id);
			Map<String, Long> articles = articles(id);
			long fourth = comment(ago(70), id, articles.get("第四条"), "李先生", "li@example.com",
					"建议第四条规定用人单位与劳动者约定的工资支付日期应当写入劳动合同，并且每月至少支付一次。");
			long fifth = comment(ago(66), id, articles.get("第五条"), null, null,
					"工资支付台账保存3年偏短，劳动争议仲裁时效加上诉讼时间往往更长，建议延长到5年。");
			long fifthAgain = comment(ago(60), id, articles.get("第五条"), "周女士", null,
					"建议允许以电子台账形式保存工资支付记录，并向劳动者提供电子工资条。");
			long seventh = comment(ago(55), id, articles.get("第七条"), "某建筑企业", "hr@example.cn",
					"第七条列入失信联合惩戒名单的标准不明确，建议细化“严重拖欠”的认定条件，并给予企业整改的机会。");
			approve(ago(46), "office", fourth, fifth, fifthAgain, seventh);
			LocalDate grouping = ago(42);
			as(grouping, "office", me -> {
				outcomes.addGroup(me, id, new OpinionGroupForm("关于工资支付日期写入劳动合同的意见", Adoption.ADOPTED, null,
						List.of(fourth)));
				outcomes.addGroup(me, id, new OpinionGroupForm("关于工资支付台账保存期限和形式的意见", Adoption.PARTLY_ADOPTED,
						"采纳电子台账的建议；保存期限与《工资支付暂行规定》衔接，仍为至少3年，劳动争议处理中由用人单位对工资支付承担举证责任。",
						List.of(fifth, fifthAgain)));
				outcomes.addGroup(me, id, new OpinionGroupForm("关于失信联合惩戒认定标准的意见", Adoption.NOT_ADOPTED,
						"“严重拖欠”的认定条件和整改程序已由国家拖欠农民工工资失信联合惩戒对象名单管理规定明确，本办法不再重复规定。",
						List.of(seventh)));
				outcomes.saveOutcome(me, id, new OutcomeForm("本次征求意见期间共收到意见4条，经归纳为3组：采纳1组，部分采纳1组，"
						+ "未采纳1组。感谢社会各界的关心和支持。", finalDocument()));
			});
			as(ago(40), "office", me -> outcomes.publish(me, id, consultations.findById(id).orElseThrow().version()));
		}

		/** 零工市场: closed nineteen days ago, the opinions moderated but the feedback not yet written. */
		private void closedWithoutFeedback() {
			LocalDate opens = ago(49);
			long id = draft(ago(50), "employment", "editor", DemoDrafts.GIG_TITLE, DemoDrafts.GIG_EXPLANATION,
					"就业处 0731-84900000", false, opens, opens.plusDays(30), DemoDrafts.GIG);
			publish(ago(50), "office", id);
			Map<String, Long> articles = articles(id);
			long third = comment(ago(40), id, articles.get("第三条"), "赵先生", null,
					"建议零工驿站延伸到乡镇和大型社区，方便农村劳动力就近找活。");
			long fifth = comment(ago(30), id, articles.get("第五条"), null, null,
					"建议零工市场对用工主体实行工资保证金或者日结工资制度，防止零工被拖欠工钱。");
			approve(ago(25), "editor", third, fifth);
		}

		private long draft(LocalDate on, String unit, String author, String title, String explanation, String contact,
				boolean normative, LocalDate opensOn, LocalDate closesOn, String text) {
			long[] id = new long[1];
			as(on, author, me -> id[0] = drafting.create(me, new ConsultationForm(title, explanation, unitIds.get(unit),
					contact, normative, opensOn, closesOn, null, text)));
			created++;
			return id[0];
		}

		private void publish(LocalDate on, String reviewer, long id) {
			as(on, reviewer, me -> drafting.publish(me, id, consultations.findById(id).orElseThrow().version()));
		}

		private Map<String, Long> articles(long id) {
			return consultations.findById(id)
				.orElseThrow()
				.articles()
				.stream()
				.collect(Collectors.toMap(ConsultationArticle::label, ConsultationArticle::id));
		}

		private long comment(LocalDate on, long id, Long articleId, String name, String contact, String body) {
			CommentReceipt receipt = DemoClock.on(on,
					() -> commenting.submit(id, new CommentForm(articleId, name, contact, contact != null, body)));
			return comments.findByStatusCodeHash(QueryCodes.hash(receipt.statusCode())).orElseThrow().id();
		}

		private void approve(LocalDate on, String moderator, long... commentIds) {
			as(on, moderator, me -> {
				for (long commentId : commentIds) {
					moderation.approve(me, commentId, comments.findById(commentId).orElseThrow().version());
				}
			});
		}

		/** A public document of the catalogue on wage payment, else the newest one; none without a catalogue. */
		private Long finalDocument() {
			List<DocumentSummary> found = catalogue.publicPage(CatalogueFilter.none(), 0, 500).getContent();
			return found.stream()
				.filter(d -> d.title().contains("工资支付"))
				.findFirst()
				.or(() -> found.stream().findFirst())
				.map(DocumentSummary::id)
				.orElse(null);
		}

		private LocalDate ago(int days) {
			return today.minusDays(days);
		}

		/** One step by the demo account {@code username}, on the day {@code on}. */
		private void as(LocalDate on, String username, Consumer<Me> step) {
			DemoClock.on(on, () -> step.accept(actors.get(username)));
		}

	}

}
