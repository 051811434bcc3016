package org.gongkai.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.audit.AuditEvent;
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
 * Demo major decisions (演示数据): two published records, each through the five procedures dated back from today,
 * recorded by the disclosure office through the facade: the revision of the employment-subsidy fund measures
 * (with a legality-review opinion as a DOCX evidence file) and a minimum-wage adjustment whose public participation
 * did not apply (it went through the tripartite consultation instead). Loaded after the demo catalogue and the
 * demo applications, once: skipped when any record exists. The demo catalogue holds national laws only, so no
 * provincial result document fits and none is linked.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDecisions {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	private final MajorDecisions decisions;

	private final MajorDecisionRepository records;

	private final UnitManagement units;

	private final StaffActors staff;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoDecisions(MajorDecisions decisions, MajorDecisionRepository records, UnitManagement units,
			StaffActors staff, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.records = records;
		this.units = units;
		this.staff = staff;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(150)
	void onReady() {
		load();
	}

	/** Creates the demo records unless any exists; returns how many were created. */
	int load() {
		if (records.count() > 0) {
			return 0;
		}
		Map<String, Long> unitIds = units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		if (!unitIds.keySet().containsAll(java.util.List.of("employment", "labour"))) {
			log.warn("Demo decisions skipped: unit employment or labour is gone");
			return 0;
		}
		Optional<Me> office = staff.named("office");
		if (office.isEmpty()) {
			log.warn("Demo decisions skipped: the demo account office is gone");
			return 0;
		}
		transactions.executeWithoutResult(status -> {
			subsidyMeasures(office.get(), unitIds.get("employment"));
			minimumWage(office.get(), unitIds.get("labour"));
			events.publishEvent(AuditEvent.of("decision.demo.loaded", "MajorDecision", null, "2 demo decisions")
				.by("demo-data"));
		});
		log.info("Demo decisions: 2 created");
		return 2;
	}

	/**
	 * The revision decided about two years ago: the demo consultation on the next 就业补助资金管理办法 is open today, so
	 * this record's procedures all lie well before it.
	 */
	private void subsidyMeasures(Me me, long unitId) {
		long id = decisions.create(me, new MajorDecisionForm("修订《湖南省就业补助资金管理办法》",
				"为落实就业优先政策，规范就业补助资金分配、使用和管理，提高资金使用效益，对现行《湖南省就业补助资金管理办法》"
						+ "进行修订：调整职业培训补贴、社会保险补贴、一次性创业补贴等支出方向和补贴标准，完善资金分配因素和绩效评价，"
						+ "明确各级人力资源社会保障部门和财政部门的监管责任。涉及高校毕业生、就业困难人员、返乡创业人员等群体切身利益。",
				unitId, null, null, ago(648)));
		step(me, id, DecisionProcedure.PUBLIC_PARTICIPATION, ago(730), "就业处",
				"通过厅门户网站和湖南省人民政府门户网站公开征求意见30日，并召开企业、高校毕业生和基层经办机构代表座谈会2场；"
						+ "共收到意见建议46条，采纳或部分采纳18条，采纳情况已在征求意见栏目反馈。");
		step(me, id, DecisionProcedure.EXPERT_REVIEW, ago(696), "就业处",
				"邀请高校劳动经济学者、财政绩效评价专家和市州人社部门负责人共7人召开论证会，对补贴标准测算和资金分配因素进行论证，"
						+ "形成专家论证意见。");
		step(me, id, DecisionProcedure.RISK_ASSESSMENT, ago(682), "就业处、财务处",
				"对补贴标准调整可能引发的资金缺口、骗取套取补贴风险和社会稳定风险进行评估，结论为风险等级低，提出加强信息比对和"
						+ "资金监管的防控措施。");
		step(me, id, DecisionProcedure.LEGALITY_REVIEW, ago(662), "法规处",
				"对照《中华人民共和国就业促进法》和财政部、人力资源社会保障部就业补助资金管理有关规定进行合法性审查，"
						+ "出具合法性审查意见书，认为修订稿符合上位法规定，建议对第十二条表述作文字修改，已采纳。");
		step(me, id, DecisionProcedure.COLLECTIVE_DECISION, ago(648), "厅党组",
				"经厅党组会议集体讨论，审议通过《湖南省就业补助资金管理办法（修订）》，会后按程序与省财政厅联合印发。");
		decisions.attach(me, id, DecisionProcedure.LEGALITY_REVIEW, "合法性审查意见书.docx", opinion());
		decisions.publish(me, id);
	}

	private void minimumWage(Me me, long unitId) {
		long id = decisions.create(me, new MajorDecisionForm("调整全省最低工资标准",
				"根据《最低工资规定》每两至三年至少调整一次的要求，综合考虑城镇居民生活费用支出、职工个人缴纳社会保险费和住房公积金、"
						+ "职工平均工资、经济发展水平和就业状况等因素，调整全省月最低工资标准和非全日制用工小时最低工资标准，"
						+ "涉及全省最低工资保障对象的切身利益。",
				unitId, null, null, ago(160)));
		decisions.record(me, id, DecisionProcedure.PUBLIC_PARTICIPATION, new DecisionStepForm(true, null, null,
				"依照《最低工资规定》，最低工资标准方案由省人力资源社会保障厅会同省总工会、省企业联合会/企业家协会通过协调劳动关系"
						+ "三方机制研究拟订，并报人力资源社会保障部征求意见；方案涉及的测算数据在决策前不宜公开，未另行向社会公开征求意见。"));
		step(me, id, DecisionProcedure.EXPERT_REVIEW, ago(205), "劳动关系处",
				"委托省统计局、高校经济学专家对各档最低工资标准测算模型和调整幅度进行论证。");
		step(me, id, DecisionProcedure.RISK_ASSESSMENT, ago(192), "劳动关系处",
				"对调整幅度对中小微企业用工成本和就业的影响进行评估，提出分档实施和加强劳动保障监察的措施，风险可控。");
		step(me, id, DecisionProcedure.LEGALITY_REVIEW, ago(178), "法规处",
				"对调整方案的程序和内容进行合法性审查，认为符合《中华人民共和国劳动法》和《最低工资规定》。");
		step(me, id, DecisionProcedure.COLLECTIVE_DECISION, ago(160), "厅务会",
				"厅务会集体讨论通过调整方案，报省人民政府批准后发布。");
		decisions.publish(me, id);
	}

	private void step(Me me, long id, DecisionProcedure procedure, LocalDate on, String unit, String description) {
		decisions.record(me, id, procedure, new DecisionStepForm(false, on, unit, description));
	}

	private LocalDate ago(int days) {
		return LocalDate.now(clock).minusDays(days);
	}

	/** A one-page 合法性审查意见书 as the legality review's evidence. */
	private static byte[] opinion() {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : new String[] { "合法性审查意见书",
					"关于《湖南省就业补助资金管理办法（修订送审稿）》的合法性审查意见",
					"经审查，修订送审稿的制定主体、权限和程序合法，内容与《中华人民共和国就业促进法》等上位法规定不相抵触，"
							+ "未违法设定行政许可、行政处罚、行政强制，未增加公民、法人和其他组织的义务。",
					"建议：第十二条中“补贴”统一表述为“就业补助资金”。", "法规处（演示材料）" }) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
