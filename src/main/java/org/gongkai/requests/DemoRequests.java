package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.DemoClock;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * Demo applications (演示数据): on the first start with demo data on, fifteen realistic cases in every state, dated
 * back from today in working days so that some cross the holidays: new, in progress and due this week, awaiting a
 * correction, in consultation, extended, an extension awaiting the office head, awaiting a fee, overdue, answered
 * in different ways, archived with a reconsideration pending, withdrawn, abandoned, and one from 2019 under the 2008
 * rules. Every case goes through the same facades as the public form and the console, with their validation and
 * permission checks, acted by the demo staff accounts (passed explicitly, as the web layer passes the signed-in
 * member) on the day of each step ({@link DemoClock}), so the demo never shows a state the rules could not produce.
 * The demo applicants give no e-mail address, so no mail is sent for them.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoRequests {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	/** The demo accounts that act here (see the README's demo accounts). */
	private static final List<String> ACTORS = List.of("office", "officehead", "handler");

	private final RequestRepository requests;

	private final Applications applications;

	private final CaseHandling handling;

	private final ReplyLetters letters;

	private final WorkingDays workingDays;

	private final UnitManagement units;

	private final StaffActors staff;

	private final Catalogue catalogue;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoRequests(RequestRepository requests, Applications applications, CaseHandling handling, ReplyLetters letters,
			WorkingDays workingDays, UnitManagement units, StaffActors staff, Catalogue catalogue,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.applications = applications;
		this.handling = handling;
		this.letters = letters;
		this.workingDays = workingDays;
		this.units = units;
		this.staff = staff;
		this.catalogue = catalogue;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** After the demo catalogue (which runs first), so that answers can link its documents. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void onReady() {
		load();
	}

	/** Creates the demo cases unless there is any application already; returns how many were created. */
	int load() {
		if (requests.count() > 0) {
			return 0;
		}
		Map<String, Long> unitIds = units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		if (!unitIds.keySet().containsAll(List.of("legal", "employment", "pension"))) {
			log.warn("Demo applications skipped: unit legal, employment or pension is gone");
			return 0;
		}
		Map<String, Me> actors = new HashMap<>();
		ACTORS.forEach(name -> staff.named(name).ifPresent(me -> actors.put(name, me)));
		if (actors.size() < ACTORS.size()) {
			log.warn("Demo applications skipped: a demo account of {} is gone", ACTORS);
			return 0;
		}
		Run run = new Run(LocalDate.now(clock), unitIds, actors);
		transactions.executeWithoutResult(status -> {
			run.all();
			events.publishEvent(AuditEvent.of("request.demo.loaded", "DisclosureRequest", null,
					run.created + " demo applications").by("demo-data"));
		});
		log.info("Demo applications: {} created", run.created);
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
			// 1. New, not yet assigned.
			apply(ago(1), person("李明", "430102197804123015", "2026年长沙市最低工资标准调整的通知及测算依据"), id -> {
			});
			// 2. In progress, due within the week.
			apply(ago(17), company(ApplicantKind.COMMERCIAL_ENTERPRISE, "湖南星辰科技有限公司", "91430100MA4L1XYA0D",
					"2026年度高新技术企业吸纳就业社会保险补贴的申领条件和拨付名单"), id -> assign(ago(16), id, "legal", "employment"));
			// 3. Awaiting a correction.
			apply(ago(4), person("王芳", "430111198509234522", "关于我单位的那个文件"), id -> {
				assign(ago(4), id, "legal");
				as(ago(2), "handler", me -> handling.requestCorrection(me, id,
						"请写明所需政府信息的名称、文号或者便于查询的其他特征性描述（如发文年份、发文单位）。", null));
			});
			// 4. In third-party consultation.
			apply(ago(12), company(ApplicantKind.LEGAL_SERVICE_PROVIDER, "湖南明理律师事务所", "31430000MD0123456G",
					"长沙某劳务派遣有限公司2025年劳务派遣经营许可年度核验材料"), id -> {
						assign(ago(12), id, "legal");
						as(ago(5), "handler", me -> handling.startConsultation(me, id, StopKind.THIRD_PARTY,
								"长沙某劳务派遣有限公司（经营许可证持有人）"));
					});
			// 5. Extended by 20 working days.
			apply(ago(30), company(ApplicantKind.RESEARCH_INSTITUTION, "湖南省社会科学研究院", "12430000444877452X",
					"2021年至2025年全省城镇职工基本养老保险基金收支情况"), id -> {
						assign(ago(30), id, "legal", "pension");
						as(ago(14), "handler", me -> handling.proposeExtension(me, id, 20, "涉及五个年度的数据，需养老保险处和财务处共同核对。"));
						as(ago(13), "officehead", me -> handling.decideExtension(me, id, true));
					});
			// 6. An extension awaiting the office head.
			apply(ago(16), person("赵磊", "430204199101301230", "2025年度全省技工院校招生计划及各校核定名额"), id -> {
				assign(ago(16), id, "legal");
				as(ago(1), "handler", me -> handling.proposeExtension(me, id, 15, "需向各技工院校调取核定材料。"));
			});
			// 7. Awaiting payment of a fee (150 pages).
			apply(ago(10), company(ApplicantKind.OTHER_ORGANISATION, "长沙市岳麓区某小区业主委员会", "52430000MJJ1234565",
					"2019年至2025年全省工伤保险协议医疗机构的全部年度考核材料"), id -> {
						assign(ago(9), id, "legal");
						as(ago(3), "handler", me -> handling.noticeFee(me, id, FeeBasis.PER_PAGE, 150));
					});
			// 8. Overdue: received 23 working days ago, nothing done.
			apply(ago(23), person("陈静", "430602198808162726", "本人2024年参加事业单位公开招聘考试的成绩复核记录"),
					id -> assign(ago(22), id, "legal"));
			// 9. Already disclosed, pointing at the catalogue; archived. Received before the National Day break.
			apply(ago(40), person("刘洋", "430121199303055649", "湖南省人力资源和社会保障厅2016年政务公开实施方案"), id -> {
				assign(ago(40), id, "legal");
				decideAndReply(ago(30), id, ReplyType.ALREADY_PUBLIC, null, "该信息已在本厅门户网站主动公开。", true);
				as(ago(29), "handler", me -> handling.recordDelivery(me, id, Delivery.EMAIL, ago(29)));
				as(ago(28), "handler", me -> handling.archive(me, id));
			});
			// 10. Partly disclosed after a third-party consultation; delivered by post.
			apply(ago(55), company(ApplicantKind.COMMERCIAL_ENTERPRISE, "湖南湘江人力资源服务有限公司", "91430104MA4PQ0RT2R",
					"2025年省级人力资源服务产业园入驻企业评审结果及评分明细"), id -> {
						assign(ago(55), id, "legal", "employment");
						as(ago(50), "handler", me -> handling.startConsultation(me, id, StopKind.THIRD_PARTY, "参评企业（共12家）"));
						as(ago(42), "handler", me -> handling.recordConsultationAnswer(me, id, openStop(me, id), ago(42),
								ConsultationOutcome.OBJECTED, "部分企业认为评分明细涉及其经营信息"));
						decideAndReply(ago(33), id, ReplyType.PARTLY_DISCLOSED, Ground.THIRD_PARTY_RIGHTS,
								"评审结果予以公开；各企业评分明细涉及商业秘密，经征求意见第三方不同意公开。", false);
						as(ago(31), "handler", me -> handling.recordDelivery(me, id, Delivery.POST, ago(31)));
					});
			// 11. Not disclosed (process information); archived; a reconsideration pending.
			apply(ago(60), company(ApplicantKind.PUBLIC_WELFARE_ORGANISATION, "湖南省某公益助残服务中心", "53430000MJ8765432J",
					"《湖南省残疾人就业保障金征收使用管理办法（修订）》起草过程中的内部讨论记录"), id -> {
						assign(ago(60), id, "legal");
						decideAndReply(ago(45), id, ReplyType.NOT_DISCLOSED, Ground.PROCESS_INFORMATION,
								"所申请信息为文件起草过程中的讨论记录，属于过程性信息。", false);
						as(ago(44), "handler", me -> handling.recordDelivery(me, id, Delivery.POST, ago(44)));
						as(ago(43), "handler", me -> handling.archive(me, id));
						as(ago(25), "handler", me -> handling.recordAppeal(me, id, AppealKind.RECONSIDERATION, ago(25),
								"申请人向湖南省人民政府申请行政复议"));
					});
			// 12. Withdrawn by the applicant.
			apply(ago(8), person("周婷", "430405197607280199", "2026年度企业职工基本养老金调整方案"), id -> {
				assign(ago(8), id, "pension");
				as(ago(6), "office", me -> handling.recordWithdrawal(me, id, ago(6)));
			});
			// 13. Not corrected in time: treated as abandoned.
			apply(ago(30), person("孙浩", "430103198702113466", "你们厅的那个补贴"), id -> {
				assign(ago(30), id, "legal");
				as(ago(28), "handler", me -> handling.requestCorrection(me, id, "请写明所需补贴的名称、年份和发文单位。", ago(18)));
				as(ago(15), "handler", me -> handling.closeNotCorrected(me, id));
			});
			// 14. Not this agency's information.
			apply(ago(20), person("吴敏", "433001199506190826", "长沙市2025年城乡居民医疗保险个人缴费标准的测算依据"), id -> {
				assign(ago(20), id, "legal");
				decideAndReply(ago(11), id, ReplyType.NOT_OURS, null,
						"该信息由长沙市医疗保障局负责公开，联系电话 0731-12345678。", false);
			});
			// 15. From 2019, before the 2019 rules took effect: the 2008 rules (15 working days).
			apply(LocalDate.of(2019, 3, 11), person("郑强", "430122198209045710", "2018年全省企业退休人员基本养老金调整执行情况统计表"),
					id -> {
						assign(LocalDate.of(2019, 3, 11), id, "legal", "pension");
						decideAndReply(LocalDate.of(2019, 3, 26), id, ReplyType.NOT_EXIST, null,
								"经检索，本机关未制作或获取该统计表。", false);
						as(LocalDate.of(2019, 3, 27), "handler",
								me -> handling.recordDelivery(me, id, Delivery.POST, LocalDate.of(2019, 3, 27)));
						as(LocalDate.of(2019, 3, 28), "handler", me -> handling.archive(me, id));
					});
		}

		private void apply(LocalDate on, ApplicationForm form, Consumer<Long> then) {
			Receipt receipt = DemoClock.on(on, () -> applications.apply(form, null));
			created++;
			then.accept(DemoClock.on(on, () -> handling.idOf(actors.get("office"), receipt.trackingNumber())));
		}

		private void assign(LocalDate on, long id, String... unitCodes) {
			Set<Long> ids = java.util.Arrays.stream(unitCodes).map(unitIds::get).collect(Collectors.toSet());
			as(on, "office", me -> handling.assign(me, id, ids));
		}

		private void decideAndReply(LocalDate on, long id, ReplyType reply, Ground ground, String explanation,
				boolean linkDocument) {
			as(on, "handler", me -> {
				CaseView view = handling.view(me, id);
				List<Long> documents = linkDocument ? demoDocument() : List.of();
				for (CaseView.ItemView item : view.items()) {
					handling.decide(me, id, item.id(), reply, ground, explanation, documents);
				}
				handling.reply(me, id, letters.draft(handling.view(me, id)));
			});
		}

		private List<Long> demoDocument() {
			return catalogue.publicPage(CatalogueFilter.none(), 0, 200)
				.stream()
				.filter(doc -> "湘人社办发〔2016〕16号".equals(doc.documentNumber()))
				.map(DocumentSummary::id)
				.findFirst()
				.map(List::of)
				.orElse(List.of());
		}

		private long openStop(Me me, long id) {
			return handling.view(me, id).stops().stream().filter(CaseView.StopView::open).findFirst().orElseThrow().id();
		}

		/** One step by the demo account {@code username}, on the day {@code on}. */
		private void as(LocalDate on, String username, Consumer<Me> step) {
			DemoClock.on(on, () -> step.accept(actors.get(username)));
		}

		private LocalDate ago(int n) {
			return workingDays.workingDaysBefore(today, n);
		}

	}

	private static ApplicationForm person(String name, String id, String item) {
		return new ApplicationForm(ApplicantKind.NATURAL_PERSON, name, IdType.RESIDENT_ID, id, null, "13900000000",
				null, "湖南省长沙市天心区示例路1号", "410000", List.of(new ApplicationForm.Item(item, null)), null,
				WantedForm.PAPER, Delivery.POST);
	}

	private static ApplicationForm company(ApplicantKind kind, String name, String code, String item) {
		return new ApplicationForm(kind, name, null, code, "刘经理", "0731-88880000", null, "湖南省长沙市岳麓区示例大道8号",
				"410000", List.of(new ApplicationForm.Item(item, null)), "了解相关政策执行情况", WantedForm.PAPER,
				Delivery.POST);
	}

}
