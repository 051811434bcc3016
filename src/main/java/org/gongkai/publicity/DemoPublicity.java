package org.gongkai.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.DemoClock;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.PowerRow;
import org.gongkai.powers.Powers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo 双公示: licences to named companies (人力资源服务许可, 劳务派遣经营许可) and penalties under the labour
 * inspection rules to companies and two natural persons (to show the masking), registered by one member and
 * published by another through the facade, each step dated back with {@link DemoClock}: most published on time, one
 * late, one corrected after publication, one awaiting publication and falling due. Dates count back from today in
 * working days, so the demo looks the same whenever it starts.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoPublicity {

	private static final Logger log = LoggerFactory.getLogger(DemoPublicity.class);

	private static final String DEPARTMENT = "湖南省人力资源和社会保障厅";

	/** One demo decision: who registers and publishes it, working days ago it was decided and published. */
	private record Demo(PublicityDraft draft, String registrar, String publisher, int decidedAgo, Integer publishedAgo,
			String correction) {
	}

	private final Publicity publicity;

	private final PublicityRecordRepository records;

	private final Powers powers;

	private final StaffActors staff;

	private final WorkingDays workingDays;

	private final Clock clock;

	DemoPublicity(Publicity publicity, PublicityRecordRepository records, Powers powers, StaffActors staff,
			WorkingDays workingDays, Clock clock) {
		this.publicity = publicity;
		this.records = records;
		this.powers = powers;
		this.staff = staff;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** After the demo power list, whose items the records link to. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(170)
	void onReady() {
		load();
	}

	int load() {
		if (records.count() > 0) {
			return 0;
		}
		int n = 0;
		for (Demo demo : demos()) {
			Optional<Me> registrar = staff.named(demo.registrar());
			Optional<Me> publisher = staff.named(demo.publisher());
			if (registrar.isEmpty() || publisher.isEmpty()) {
				log.warn("Demo 双公示 skipped: the demo accounts {} and {} are gone", demo.registrar(), demo.publisher());
				return n;
			}
			n += entry(demo, registrar.get(), publisher.get());
		}
		log.info("Demo 双公示: {} records", n);
		return n;
	}

	private int entry(Demo demo, Me registrar, Me publisher) {
		LocalDate today = LocalDate.now(clock.withZone(Publicity.CHINA));
		LocalDate decided = workingDays.workingDaysBefore(today, demo.decidedAgo());
		PublicityDraft draft = withDate(demo.draft(), decided);
		LocalDate registered = workingDays.workingDaysBefore(today, Math.max(demo.decidedAgo() - 1, 0));
		long id = DemoClock.on(registered, () -> publicity.register(registrar, draft, RecordSource.FORM));
		if (demo.publishedAgo() != null) {
			DemoClock.on(workingDays.workingDaysBefore(today, demo.publishedAgo()),
					() -> publicity.publish(publisher, id));
		}
		if (demo.correction() != null) {
			PublicityDraft corrected = new PublicityDraft(draft.kind(), draft.decisionNumber(), draft.title(),
					draft.licenceCategory(), draft.penaltyCategory(), draft.content(), draft.facts(), draft.basis(),
					demo.correction(), draft.partyName(), draft.naturalPerson(), draft.partyCode(), draft.authority(),
					draft.decidedOn(), draft.validFrom(), draft.validUntil(), draft.powerCode());
			DemoClock.on(workingDays.workingDaysBefore(today, Math.max(demo.publishedAgo() - 2, 0)),
					() -> publicity.correct(registrar, id, corrected, "处罚结果中的罚款金额录入有误，依决定书原文更正"));
		}
		return 1;
	}

	private static PublicityDraft withDate(PublicityDraft d, LocalDate decided) {
		boolean licence = d.kind() == PublicityKind.LICENSING;
		return new PublicityDraft(d.kind(), d.decisionNumber(), d.title(), d.licenceCategory(), d.penaltyCategory(),
				d.content(), d.facts(), d.basis(), d.result(), d.partyName(), d.naturalPerson(), d.partyCode(),
				d.authority(), decided, licence ? decided : null,
				licence && d.validUntil() == null ? decided.plusYears(5).minusDays(1) : null, d.powerCode());
	}

	private String code(String name) {
		List<PowerRow> rows = powers.page(new PowerFilter(null, null, null, name, null), 0, 1).getContent();
		return rows.isEmpty() ? null : rows.get(0).code();
	}

	private List<Demo> demos() {
		String hr = code("人力资源服务许可");
		String dispatch = code("劳务派遣经营许可");
		String wages = code("对用人单位克扣或者无故拖欠劳动者工资报酬的处罚");
		String hours = code("对用人单位违反规定延长劳动者工作时间的处罚");
		String unlicensed = code("对未经许可擅自经营劳务派遣业务的处罚");
		String fraud = code("对以欺诈、伪造证明材料等手段骗取社会保险待遇的处罚");
		return List.of(
				new Demo(PublicityDraft.licence("湘人社许〔2025〕87号", "人力资源服务许可", "新办",
						"设立经营性人力资源服务机构，许可业务范围：职业介绍，人力资源供求信息的收集和发布，就业和创业指导，人力资源管理咨询",
						"湖南才聚人力资源服务有限公司", false, "91430100MA4P8K2L3N", DEPARTMENT, null, null, null, hr),
						"editor", "checker", 260, 257, null),
				new Demo(PublicityDraft.licence("湘人社许〔2026〕12号", "劳务派遣经营许可", "新办", "劳务派遣经营",
						"长沙易聘劳务派遣有限公司", false, "91430102MA4R6C7D8E", DEPARTMENT, null, null, null, dispatch),
						"office", "officehead", 190, 186, null),
				new Demo(PublicityDraft.licence("湘人社许〔2026〕31号", "劳务派遣经营许可", "延续", "劳务派遣经营许可延续三年",
						"湖南众力人力资源有限公司", false, "91430105MA4T2H5J9K", DEPARTMENT, null, null, null, dispatch),
						"office", "officehead", 120, 116, null),
				new Demo(PublicityDraft.licence("湘人社许〔2026〕46号", "人力资源服务许可", "变更",
						"经营性人力资源服务机构变更住所：长沙市岳麓区麓谷大道658号", "湖南英才网络科技有限公司", false,
						"91430104MA4Q3W6X7Y", DEPARTMENT, null, null, null, hr),
						"editor", "checker", 60, 49, null),
				new Demo(PublicityDraft.licence("湘人社许〔2026〕58号", "人力资源服务许可", "新办",
						"设立经营性人力资源服务机构，许可业务范围：职业介绍，人力资源测评，高级人才寻访", "株洲融智人力资源服务有限公司", false,
						"91430200MA4N1B2C3D", DEPARTMENT, null, null, null, hr),
						"editor", "checker", 6, null, null),
				new Demo(PublicityDraft.penalty("湘人社监罚〔2025〕9号", "对用人单位克扣或者无故拖欠劳动者工资报酬的处罚",
						PenaltyCategory.FINE, "无故拖欠12名劳动者2025年3月至5月工资共计18.6万元，经责令限期支付逾期仍未支付",
						"《劳动保障监察条例》第二十六条", "责令支付拖欠的工资，并处罚款人民币2万元", "湖南建宏建筑劳务有限公司", false,
						"91430111MA4L5M6N7P", DEPARTMENT, null, wages),
						"office", "officehead", 230, 227, null),
				new Demo(PublicityDraft.penalty("湘人社监罚〔2026〕4号", "对用人单位违反规定延长劳动者工作时间的处罚",
						PenaltyCategory.FINE, "安排劳动者每月延长工作时间超过36小时，涉及45名劳动者", "《劳动保障监察条例》第二十五条",
						"给予警告，责令改正，并按照受侵害的劳动者每人100元的标准处以罚款共计人民币4000元", "长沙鑫达电子科技有限公司", false,
						"91430121MA4M8P9Q1R", DEPARTMENT, null, hours),
						"office", "officehead", 150, 147, "给予警告，责令改正，并按照受侵害的劳动者每人100元的标准处以罚款共计人民币4500元"),
				new Demo(PublicityDraft.penalty("湘人社监罚〔2026〕15号", "对未经许可擅自经营劳务派遣业务的处罚",
						PenaltyCategory.CONFISCATION, "未取得劳务派遣经营许可，向3家用工单位派遣劳动者68名，违法所得3.2万元",
						"《中华人民共和国劳动合同法》第九十二条第一款", "责令停止违法行为，没收违法所得人民币3.2万元，并处罚款人民币6.4万元",
						"湖南速通人力咨询有限公司", false, "91430103MA4K2L3M4N", DEPARTMENT, null, unlicensed),
						"office", "officehead", 80, 77, null),
				new Demo(PublicityDraft.penalty("湘人社基罚〔2026〕2号", "对以欺诈、伪造证明材料等手段骗取社会保险待遇的处罚",
						PenaltyCategory.FINE, "隐瞒亲属死亡事实，继续冒领其基本养老金共计4.8万元", "《中华人民共和国社会保险法》第八十八条",
						"责令退回骗取的社会保险金4.8万元，处骗取金额二倍的罚款人民币9.6万元", "张建国", true, "430103196505121234",
						DEPARTMENT, null, fraud),
						"office", "officehead", 40, 37, null),
				new Demo(PublicityDraft.penalty("湘人社基罚〔2026〕5号", "对以欺诈、伪造证明材料等手段骗取社会保险待遇的处罚",
						PenaltyCategory.FINE, "已重新就业仍继续领取失业保险金共计1.26万元", "《中华人民共和国社会保险法》第八十八条",
						"责令退回骗取的失业保险金1.26万元，处骗取金额二倍的罚款人民币2.52万元", "刘芳", true, "430602198809153428",
						DEPARTMENT, null, fraud),
						"office", "officehead", 20, 16, null));
	}

}
