package org.gongkai.requests;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;

/**
 * Eleven applications handled by the disclosure office through the facades on the days they happened, from
 * December 2024 to January 2026, one for each way an application ends in the report, plus appeals for Table C.
 */
final class StatisticsScenario {

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	static final String ENTERPRISE_CODE = "91350100M000100Y43";

	static final String INSTITUTION_CODE = "11430000006141440U";

	private final Applications applications;

	private final CaseHandling handling;

	private final UnitManagement units;

	private final UserDetailsService staff;

	private final MutableClock clock;

	StatisticsScenario(Applications applications, CaseHandling handling, UnitManagement units,
			UserDetailsService staff, MutableClock clock) {
		this.applications = applications;
		this.handling = handling;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	/** Runs the scenario; answers the id of the application still open (10). */
	long run() {
		SignedIn.as(staff, "office");
		// 11: research institution, received 2024-12-23, answered in 2025 "information does not exist": (四)1.
		long institution2024 = register(organisation(ApplicantKind.RESEARCH_INSTITUTION, INSTITUTION_CODE), 2024, 12, 23);
		answer(institution2024, 2025, 1, 8, ReplyType.NOT_EXIST, null);
		// 1: natural person, disclosed: (一).
		long person = register(person("2024年度就业专项资金分配方案"), 2025, 3, 3);
		answer(person, 2025, 3, 10, ReplyType.DISCLOSED, null);
		// 2: commercial enterprise, one item disclosed and one refused: (二) 部分公开.
		long enterprise = register(new ApplicationForm(ApplicantKind.COMMERCIAL_ENTERPRISE, "湖南某人力资源服务有限公司",
				null, ENTERPRISE_CODE, "李四", "0731-88888888", "hr@example.com", "长沙市岳麓区", "410000",
				List.of(new ApplicationForm.Item("人力资源服务许可审批标准", null),
						new ApplicationForm.Item("其他企业的许可申请材料", null)),
				null, WantedForm.EMAIL, Delivery.EMAIL), 2025, 4, 7);
		on(2025, 4, 14);
		List<CaseView.ItemView> items = handling.view(CurrentStaff.require(), enterprise).items();
		handling.decide(CurrentStaff.require(), enterprise, items.get(0).id(), ReplyType.DISCLOSED, null, null, List.of());
		handling.decide(CurrentStaff.require(), enterprise, items.get(1).id(), ReplyType.NOT_DISCLOSED, Ground.THIRD_PARTY_RIGHTS,
				"涉及其他企业的商业秘密", List.of());
		handling.reply(CurrentStaff.require(), enterprise, "答复告知书");
		// 3: research institution, not disclosed to protect third parties: (三)4.
		long institution = register(organisation(ApplicantKind.RESEARCH_INSTITUTION, INSTITUTION_CODE), 2025, 5, 12);
		answer(institution, 2025, 5, 19, ReplyType.NOT_DISCLOSED, Ground.THIRD_PARTY_RIGHTS);
		// 4: natural person, not this agency's: (四)1.
		long notOurs = register(person("某市社保基金审计报告"), 2025, 6, 9);
		answer(notOurs, 2025, 6, 16, ReplyType.NOT_OURS, null);
		// 5: public-welfare organisation, a repeat, answered late (due 4 August): (五)2.
		long repeat = register(organisation(ApplicantKind.PUBLIC_WELFARE_ORGANISATION, ENTERPRISE_CODE), 2025, 7, 7);
		// 6: legal-service provider asked to correct, never did: (六)1.
		long uncorrected = register(organisation(ApplicantKind.LEGAL_SERVICE_PROVIDER, INSTITUTION_CODE), 2025, 8, 4);
		on(2025, 8, 5);
		handling.requestCorrection(CurrentStaff.require(), uncorrected, "请写明所需文件的文号", LocalDate.of(2025, 8, 15));
		answer(repeat, 2025, 8, 11, ReplyType.REPEAT, null);
		on(2025, 8, 18);
		handling.closeNotCorrected(CurrentStaff.require(), uncorrected);
		// 7: other organisation, fee notice not paid: (六)2.
		long unpaid = register(organisation(ApplicantKind.OTHER_ORGANISATION, ENTERPRISE_CODE), 2025, 9, 1);
		on(2025, 9, 2);
		handling.noticeFee(CurrentStaff.require(), unpaid, FeeBasis.PER_PAGE, 50);
		// 8: natural person who withdrew: (六)3.
		long withdrawn = register(person("失业保险金发放明细"), 2025, 9, 15);
		on(2025, 9, 16);
		handling.recordWithdrawal(CurrentStaff.require(), withdrawn, LocalDate.of(2025, 9, 16));
		on(2025, 10, 20);
		handling.closeUnpaid(CurrentStaff.require(), unpaid);
		// 9: commercial enterprise received 2025-12-22, answered 2026-01-12: carried over into 2026.
		long carried = register(new ApplicationForm(ApplicantKind.COMMERCIAL_ENTERPRISE, "湖南某科技有限公司", null,
				ENTERPRISE_CODE, "王五", "0731-66666666", null, "长沙市开福区", null,
				List.of(new ApplicationForm.Item("2025年稳岗返还企业名单", null)), null, WantedForm.PAPER,
				Delivery.POST), 2025, 12, 22);
		// 10: natural person received 2025-12-29, assigned to 法规处, still open.
		long open = register(person("2025年第四季度就业数据"), 2025, 12, 29);
		handling.assign(CurrentStaff.require(), open, Set.of(unit("法规处")));
		answer(carried, 2026, 1, 12, ReplyType.DISCLOSED, null);
		// Appeals, recorded afterwards with their own dates.
		on(2026, 2, 10);
		appeal(person, AppealKind.RECONSIDERATION, LocalDate.of(2025, 4, 1), AppealOutcome.UPHELD,
				LocalDate.of(2025, 5, 20));
		appeal(institution, AppealKind.LITIGATION, LocalDate.of(2025, 6, 10), AppealOutcome.CORRECTED,
				LocalDate.of(2025, 9, 1));
		appeal(notOurs, AppealKind.LITIGATION_AFTER_RECONSIDERATION, LocalDate.of(2025, 10, 10), null, null);
		appeal(repeat, AppealKind.RECONSIDERATION, LocalDate.of(2025, 11, 3), AppealOutcome.OTHER,
				LocalDate.of(2026, 1, 20));
		return open;
	}

	private long register(ApplicationForm form, int year, int month, int day) {
		on(year, month, day);
		Receipt receipt = applications.register(CurrentStaff.require(), form, Channel.IN_PERSON, LocalDate.of(year, month, day));
		return handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
	}

	private void answer(long id, int year, int month, int day, ReplyType reply, Ground ground) {
		on(year, month, day);
		for (CaseView.ItemView item : handling.view(CurrentStaff.require(), id).items()) {
			handling.decide(CurrentStaff.require(), id, item.id(), reply, ground, ground == null ? null : "理由见答复告知书", List.of());
		}
		handling.reply(CurrentStaff.require(), id, "答复告知书");
	}

	private void appeal(long id, AppealKind kind, LocalDate filedOn, AppealOutcome outcome, LocalDate decidedOn) {
		handling.recordAppeal(CurrentStaff.require(), id, kind, filedOn, null);
		if (outcome != null) {
			long appealId = handling.view(CurrentStaff.require(), id)
				.appeals()
				.stream()
				.filter(a -> a.kind() == kind && a.filedOn().equals(filedOn))
				.findFirst()
				.orElseThrow()
				.id();
			handling.decideAppeal(CurrentStaff.require(), id, appealId, outcome, decidedOn, null);
		}
	}

	static ApplicationForm person(String item) {
		return new ApplicationForm(ApplicantKind.NATURAL_PERSON, "赵六", IdType.RESIDENT_ID, "430102198503150022", null,
				"13912345678", null, "长沙市天心区", null, List.of(new ApplicationForm.Item(item, null)), null,
				WantedForm.PAPER, Delivery.POST);
	}

	static ApplicationForm organisation(ApplicantKind kind, String code) {
		return new ApplicationForm(kind, "湖南某" + kind.name(), null, code, "联系人", "0731-12345678", null,
				"长沙市雨花区", null, List.of(new ApplicationForm.Item("2025年职业技能培训补贴标准", null)), null,
				WantedForm.PAPER, Delivery.POST);
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}
