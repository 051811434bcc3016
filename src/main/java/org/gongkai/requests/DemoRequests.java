package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.DemoClock;
import org.gongkai.common.FirstRows;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * Demo applications (演示数据): on the first start with demo data on, fifteen realistic cases in every state, dated
 * back from today in working days so that some cross the holidays: new, in progress and due this week, awaiting a
 * correction, in consultation, extended, an extension awaiting the office head, awaiting a fee, overdue, answered
 * in different ways, archived with a reconsideration pending, withdrawn, abandoned, and one from 2019 under the 2008
 * rules. Every case goes through the real facades, run on a clock set to each step's day by the demo staff
 * accounts, so the demo never shows a state the rules could not produce. No e-mail is sent for them.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoRequests {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	private final RequestRepository requests;

	private final TrackingSerialRepository serials;

	private final FirstRows firstRows;

	private final RequestProperties properties;

	private final WorkingDays workingDays;

	private final UnitManagement units;

	private final Catalogue catalogue;

	private final ReplyLetters letters;

	private final UserDetailsService staff;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoRequests(RequestRepository requests, TrackingSerialRepository serials, FirstRows firstRows,
			RequestProperties properties, WorkingDays workingDays, UnitManagement units, Catalogue catalogue,
			ReplyLetters letters, UserDetailsService staff, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.serials = serials;
		this.firstRows = firstRows;
		this.properties = properties;
		this.workingDays = workingDays;
		this.units = units;
		this.catalogue = catalogue;
		this.letters = letters;
		this.staff = staff;
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
		Run run = new Run(LocalDate.now(clock), unitIds);
		try {
			transactions.executeWithoutResult(status -> {
				run.all();
				events.publishEvent(AuditEvent.of("request.demo.loaded", "DisclosureRequest", null,
						run.created + " demo applications").by("demo-data"));
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo applications: {} created", run.created);
		return run.created;
	}

	/** One loading run: the facades on a clock of their own, moved to each step's day. */
	private final class Run {

		private final LocalDate today;

		private final Map<String, Long> unitIds;

		private final DemoClock demoClock;

		private final Applications applications;

		private final CaseHandling handling;

		private int created;

		Run(LocalDate today, Map<String, Long> unitIds) {
			this.today = today;
			this.unitIds = unitIds;
			this.demoClock = new DemoClock(today);
			RequestClock requestClock = new RequestClock(workingDays, demoClock);
			ApplicationEventPublisher auditOnly = event -> {
				if (event instanceof AuditEvent) {
					events.publishEvent(event);
				}
			};
			this.applications = new Applications(requests, serials, firstRows, requestClock, properties, auditOnly, demoClock);
			this.handling = new CaseHandling(requests, requestClock, properties, units, catalogue, auditOnly, demoClock);
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
				as(ago(2), "handler", () -> handling.requestCorrection(id,
						"请写明所需政府信息的名称、文号或者便于查询的其他特征性描述（如发文年份、发文单位）。", null));
			});
			// 4. In third-party consultation.
			apply(ago(12), company(ApplicantKind.LEGAL_SERVICE_PROVIDER, "湖南明理律师事务所", "31430000MD0123456G",
					"长沙某劳务派遣有限公司2025年劳务派遣经营许可年度核验材料"), id -> {
						assign(ago(12), id, "legal");
						as(ago(5), "handler", () -> handling.startConsultation(id, StopKind.THIRD_PARTY,
								"长沙某劳务派遣有限公司（经营许可证持有人）"));
					});
			// 5. Extended by 20 working days.
			apply(ago(30), company(ApplicantKind.RESEARCH_INSTITUTION, "湖南省社会科学研究院", "12430000444877452X",
					"2021年至2025年全省城镇职工基本养老保险基金收支情况"), id -> {
						assign(ago(30), id, "legal", "pension");
						as(ago(14), "handler", () -> handling.proposeExtension(id, 20, "涉及五个年度的数据，需养老保险处和财务处共同核对。"));
						as(ago(13), "officehead", () -> handling.decideExtension(id, true));
					});
			// 6. An extension awaiting the office head.
			apply(ago(16), person("赵磊", "430204199101301230", "2025年度全省技工院校招生计划及各校核定名额"), id -> {
				assign(ago(16), id, "legal");
				as(ago(1), "handler", () -> handling.proposeExtension(id, 15, "需向各技工院校调取核定材料。"));
			});
			// 7. Awaiting payment of a fee (150 pages).
			apply(ago(10), company(ApplicantKind.OTHER_ORGANISATION, "长沙市岳麓区某小区业主委员会", "52430000MJJ1234565",
					"2019年至2025年全省工伤保险协议医疗机构的全部年度考核材料"), id -> {
						assign(ago(9), id, "legal");
						as(ago(3), "handler", () -> handling.noticeFee(id, FeeBasis.PER_PAGE, 150));
					});
			// 8. Overdue: received 23 working days ago, nothing done.
			apply(ago(23), person("陈静", "430602198808162726", "本人2024年参加事业单位公开招聘考试的成绩复核记录"),
					id -> assign(ago(22), id, "legal"));
			// 9. Already disclosed, pointing at the catalogue; archived. Received before the National Day break.
			apply(ago(40), person("刘洋", "430121199303055649", "湖南省人力资源和社会保障厅2016年政务公开实施方案"), id -> {
				assign(ago(40), id, "legal");
				decideAndReply(ago(30), id, ReplyType.ALREADY_PUBLIC, null, "该信息已在本厅门户网站主动公开。", true);
				as(ago(29), "handler", () -> handling.recordDelivery(id, Delivery.EMAIL, ago(29)));
				as(ago(28), "handler", () -> handling.archive(id));
			});
			// 10. Partly disclosed after a third-party consultation; delivered by post.
			apply(ago(55), company(ApplicantKind.COMMERCIAL_ENTERPRISE, "湖南湘江人力资源服务有限公司", "91430104MA4PQ0RT2R",
					"2025年省级人力资源服务产业园入驻企业评审结果及评分明细"), id -> {
						assign(ago(55), id, "legal", "employment");
						as(ago(50), "handler", () -> handling.startConsultation(id, StopKind.THIRD_PARTY, "参评企业（共12家）"));
						as(ago(42), "handler", () -> handling.recordConsultationAnswer(id, openStop(id), ago(42),
								ConsultationOutcome.OBJECTED, "部分企业认为评分明细涉及其经营信息"));
						decideAndReply(ago(33), id, ReplyType.PARTLY_DISCLOSED, Ground.THIRD_PARTY_RIGHTS,
								"评审结果予以公开；各企业评分明细涉及商业秘密，经征求意见第三方不同意公开。", false);
						as(ago(31), "handler", () -> handling.recordDelivery(id, Delivery.POST, ago(31)));
					});
			// 11. Not disclosed (process information); archived; a reconsideration pending.
			apply(ago(60), company(ApplicantKind.PUBLIC_WELFARE_ORGANISATION, "湖南省某公益助残服务中心", "53430000MJ8765432J",
					"《湖南省残疾人就业保障金征收使用管理办法（修订）》起草过程中的内部讨论记录"), id -> {
						assign(ago(60), id, "legal");
						decideAndReply(ago(45), id, ReplyType.NOT_DISCLOSED, Ground.PROCESS_INFORMATION,
								"所申请信息为文件起草过程中的讨论记录，属于过程性信息。", false);
						as(ago(44), "handler", () -> handling.recordDelivery(id, Delivery.POST, ago(44)));
						as(ago(43), "handler", () -> handling.archive(id));
						as(ago(25), "handler", () -> handling.recordAppeal(id, AppealKind.RECONSIDERATION, ago(25),
								"申请人向湖南省人民政府申请行政复议"));
					});
			// 12. Withdrawn by the applicant.
			apply(ago(8), person("周婷", "430405197607280199", "2026年度企业职工基本养老金调整方案"), id -> {
				assign(ago(8), id, "pension");
				as(ago(6), "office", () -> handling.recordWithdrawal(id, ago(6)));
			});
			// 13. Not corrected in time: treated as abandoned.
			apply(ago(30), person("孙浩", "430103198702113466", "你们厅的那个补贴"), id -> {
				assign(ago(30), id, "legal");
				as(ago(28), "handler", () -> handling.requestCorrection(id, "请写明所需补贴的名称、年份和发文单位。", ago(18)));
				as(ago(15), "handler", () -> handling.closeNotCorrected(id));
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
								() -> handling.recordDelivery(id, Delivery.POST, LocalDate.of(2019, 3, 27)));
						as(LocalDate.of(2019, 3, 28), "handler", () -> handling.archive(id));
					});
			demoClock.set(today);
		}

		private void apply(LocalDate on, ApplicationForm form, Consumer<Long> then) {
			demoClock.set(on);
			SecurityContextHolder.clearContext();
			Receipt receipt = applications.apply(form, null);
			created++;
			then.accept(requests.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().id());
		}

		private void assign(LocalDate on, long id, String... unitCodes) {
			Set<Long> ids = java.util.Arrays.stream(unitCodes).map(unitIds::get).collect(Collectors.toSet());
			as(on, "office", () -> handling.assign(id, ids));
		}

		private void decideAndReply(LocalDate on, long id, ReplyType reply, Ground ground, String explanation,
				boolean linkDocument) {
			as(on, "handler", () -> {
				CaseView view = handling.view(id);
				List<Long> documents = linkDocument ? demoDocument() : List.of();
				for (CaseView.ItemView item : view.items()) {
					handling.decide(id, item.id(), reply, ground, explanation, documents);
				}
				handling.reply(id, letters.draft(handling.view(id)));
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

		private long openStop(long id) {
			return requests.findById(id).orElseThrow().stops().stream().filter(ClockStop::open).findFirst()
				.orElseThrow().id();
		}

		private void as(LocalDate on, String username, Runnable step) {
			demoClock.set(on);
			UserDetails user = staff.loadUserByUsername(username);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			try {
				step.run();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
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
