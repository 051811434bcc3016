package org.gongkai.approvals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.DemoClock;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;

/**
 * Demo approval cases (演示数据) on the department's licensing items (人力资源服务许可, 劳务派遣经营许可) and 工伤认定: one
 * in every state (received, not accepted, accepted, under review, suspended for an expert review, overdue, approved,
 * refused, delivered), entered by the disclosure office through the facade, each step on its own day (working days
 * back from the day the demo is loaded, {@link DemoClock}), so that every rule runs on them.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoApprovals {

	private static final Logger log = LoggerFactory.getLogger(DemoApprovals.class);

	/** 经营性人力资源服务机构从事职业中介活动许可 (人力资源服务许可) */
	static final String HR_SERVICES = "43000001501001";

	/** 劳务派遣经营许可 */
	static final String LABOUR_DISPATCH = "43000001501002";

	/** 工伤认定 */
	static final String WORK_INJURY = "43000001507001";

	private final ApprovalCases cases;

	private final ApprovalCaseRepository rows;

	private final StaffActors staff;

	private final WorkingDays workingDays;

	private final Clock clock;

	DemoApprovals(ApprovalCases cases, ApprovalCaseRepository rows, StaffActors staff, WorkingDays workingDays,
			Clock clock) {
		this.cases = cases;
		this.rows = rows;
		this.staff = staff;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** After the power list and the service guides, whose limits the cases copy. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(400)
	void onReady() {
		load();
	}

	/** Creates the demo unless a case exists; returns how many cases were registered. */
	int load() {
		if (rows.count() > 0) {
			return 0;
		}
		Me office = staff.named("office").orElse(null);
		if (office == null) {
			log.warn("Demo approval cases skipped: the demo account office is gone");
			return 0;
		}
		try {
			int made = demo(new Steps(office));
			log.info("Demo approval cases: {} registered", made);
			return made;
		}
		catch (RuleViolation ex) {
			log.warn("Demo approval cases stopped: {} ({})", ex.messageKey(), ex.field());
			return 0;
		}
	}

	private int demo(Steps s) {
		s.register(HR_SERVICES, ApprovalCategory.NEW, "湖南才聚人力资源有限公司", false, "91430100MA4L2X3K7Q", 1);
		s.register(HR_SERVICES, ApprovalCategory.CHANGE, "长沙职通人才服务有限公司", false, "91430102MA4PB2TU6K", 12)
			.then(10, (n, d) -> cases.refuseAcceptance(s.office, n, d, "变更事项属于市级人力资源社会保障部门的审批权限，已告知申请人向长沙市人力资源和社会保障局申请。"));
		s.register(LABOUR_DISPATCH, ApprovalCategory.NEW, "湖南恒信劳务派遣有限公司", false, "91430104MA4RCE5N1W", 3)
			.then(2, (n, d) -> cases.accept(s.office, n, d));
		s.register(LABOUR_DISPATCH, ApprovalCategory.RENEWAL, "株洲湘瑞劳务服务有限公司", false, "91430200MA4Q7GJ03Y", 6)
			.then(5, (n, d) -> cases.accept(s.office, n, d))
			.then(4, (n, d) -> cases.startReview(s.office, n, d));
		s.register(HR_SERVICES, ApprovalCategory.NEW, "湖南云聘网络科技有限公司", false, "91430100MA4T0A8R2E", 15)
			.then(14, (n, d) -> cases.accept(s.office, n, d))
			.then(13, (n, d) -> cases.startReview(s.office, n, d))
			.then(8, (n, d) -> cases.suspend(s.office, n, SuspensionKind.EXPERT_REVIEW, d, "网络招聘平台的信息安全措施请专家评审"));
		s.register(LABOUR_DISPATCH, ApprovalCategory.NEW, "衡阳众力劳务派遣有限公司", false, "91430400MA4M5D9P3U", 17)
			.then(16, (n, d) -> cases.accept(s.office, n, d))
			.then(15, (n, d) -> cases.startReview(s.office, n, d));
		s.register(WORK_INJURY, ApprovalCategory.NEW, "张伟", true, "430102198507151236", 9)
			.then(8, (n, d) -> cases.accept(s.office, n, d))
			.then(7, (n, d) -> cases.startReview(s.office, n, d));
		s.register(HR_SERVICES, ApprovalCategory.NEW, "湖南智联英才咨询有限公司", false, "91430100MA4N6W1H5B", 42)
			.then(41, (n, d) -> cases.accept(s.office, n, d))
			.then(40, (n, d) -> cases.startReview(s.office, n, d))
			.then(37, (n, d) -> cases.suspend(s.office, n, SuspensionKind.ON_SITE_INSPECTION, d, "经营场所现场核查"))
			.then(34, (n, d) -> cases.resume(s.office, n, d))
			.then(32, (n, d) -> cases.decide(s.office, n, approved(d, "湘人社许字〔2026〕118号", "职业中介活动：为劳动者介绍用人单位、为用人单位推荐劳动者")));
		s.register(LABOUR_DISPATCH, ApprovalCategory.NEW, "岳阳鑫达劳务有限公司", false, "91430600MA4P3K8L0C", 32)
			.then(31, (n, d) -> cases.accept(s.office, n, d))
			.then(30, (n, d) -> cases.startReview(s.office, n, d))
			.then(22, (n, d) -> cases.decide(s.office, n, new Decision(false, d, "湘人社不许字〔2026〕7号", null,
					"注册资本未达到劳务派遣经营许可规定的200万元。", null, null)))
			.then(20, (n, d) -> cases.deliver(s.office, n, d));
		s.register(LABOUR_DISPATCH, ApprovalCategory.RENEWAL, "湖南长城劳务派遣有限公司", false, "91430100MA4L8F2G6D", 62)
			.then(61, (n, d) -> cases.accept(s.office, n, d))
			.then(59, (n, d) -> cases.startReview(s.office, n, d))
			.then(54, (n, d) -> cases.decide(s.office, n, approved(d, "湘人社许字〔2026〕96号", "劳务派遣经营（延续）")))
			.then(52, (n, d) -> cases.deliver(s.office, n, d));
		s.register(LABOUR_DISPATCH, ApprovalCategory.CHANGE, "常德同心劳务服务有限公司", false, "91430700MA4R1B6M9H", 100)
			.then(98, (n, d) -> cases.accept(s.office, n, d))
			.then(97, (n, d) -> cases.startReview(s.office, n, d))
			.then(84, (n, d) -> cases.decide(s.office, n, approved(d, "湘人社许字〔2026〕71号", "变更法定代表人")))
			.then(83, (n, d) -> cases.deliver(s.office, n, d));
		return s.made;
	}

	private static Decision approved(LocalDate on, String number, String content) {
		return new Decision(true, on, number, content, null, on, on.plusYears(3).minusDays(1));
	}

	/** The working day {@code back} working days before today. */
	private LocalDate day(int back) {
		return workingDays.workingDaysBefore(LocalDate.now(clock), back);
	}

	/** Registers cases and runs their steps, each on its own day. */
	private final class Steps {

		private final Me office;

		private int made;

		Steps(Me office) {
			this.office = office;
		}

		Case register(String powerCode, ApprovalCategory category, String applicant, boolean person, String code,
				int back) {
			LocalDate on = day(back);
			Registered r = DemoClock.on(on, () -> cases.register(office, new Registration(powerCode, category,
					applicant, person, code, on, 20, 10)));
			made++;
			return new Case(r.caseNumber());
		}

	}

	/** A demo case: each step runs with the clock on its own day. */
	private final class Case {

		private final String number;

		Case(String number) {
			this.number = number;
		}

		Case then(int back, BiConsumer<String, LocalDate> step) {
			LocalDate on = day(back);
			DemoClock.on(on, () -> step.accept(number, on));
			return this;
		}

	}

}
