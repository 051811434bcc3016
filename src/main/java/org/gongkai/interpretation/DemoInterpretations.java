package org.gongkai.interpretation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.RichText;
import org.gongkai.catalogue.Validity;
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
 * Demo interpretations (演示数据): normative documents of 就业处 published some working days ago with their tasks
 * (one overdue, one interpreted in time by Q&A, one interpreted late by an expert, one with a waiver awaiting the
 * office), one published today through the whole workflow (its task opens from the event), and a graphic
 * interpretation of a rule of the demo corpus. Interpretations go through the real facades and the catalogue's
 * review; only the policies' past publication dates come from the import path, which keeps a given date.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoInterpretations {

	private static final Logger log = LoggerFactory.getLogger(DemoInterpretations.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String ISSUER = "湖南省人力资源和社会保障厅";

	/** The demo accounts that act here (see the README's demo accounts). */
	private static final List<String> ACTORS = List.of("editor", "checker", "office", "officehead");

	private final InterpretationRepository interpretationRows;

	private final InterpretationTaskRepository taskRows;

	private final Interpretations interpretations;

	private final InterpretationTasks tasks;

	private final DocumentWorkflow workflow;

	private final ImportedDocuments imported;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final WorkingDays workingDays;

	private final StaffActors staff;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoInterpretations(InterpretationRepository interpretationRows, InterpretationTaskRepository taskRows,
			Interpretations interpretations, InterpretationTasks tasks, DocumentWorkflow workflow,
			ImportedDocuments imported, Catalogue catalogue, UnitManagement units, WorkingDays workingDays,
			StaffActors staff, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.interpretationRows = interpretationRows;
		this.taskRows = taskRows;
		this.interpretations = interpretations;
		this.tasks = tasks;
		this.workflow = workflow;
		this.imported = imported;
		this.catalogue = catalogue;
		this.units = units;
		this.workingDays = workingDays;
		this.staff = staff;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** After the demo catalogue, whose documents some interpretations explain. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(150)
	void onReady() {
		load();
	}

	/** Creates the demo unless any interpretation or task exists; returns how many interpretations were created. */
	int load() {
		if (interpretationRows.count() > 0 || taskRows.count() > 0) {
			return 0;
		}
		Map<String, UnitView> unitsByCode = units.all().stream().collect(Collectors.toMap(UnitView::code, u -> u));
		Map<String, Long> categories = catalogue.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::code, CategoryView::id));
		if (!unitsByCode.containsKey("employment") || !unitsByCode.containsKey("office")
				|| !categories.containsKey("employment") || !categories.containsKey("interpretation")) {
			log.warn("Demo interpretations skipped: unit employment or office, or a category, is gone");
			return 0;
		}
		Map<String, Me> actors = new HashMap<>();
		ACTORS.forEach(name -> staff.named(name).ifPresent(me -> actors.put(name, me)));
		if (actors.size() < ACTORS.size()) {
			log.warn("Demo interpretations skipped: a demo account of {} is gone", ACTORS);
			return 0;
		}
		Run run = new Run(unitsByCode.get("employment"), actors, categories.get("employment"));
		transactions.executeWithoutResult(status -> {
			run.all();
			events.publishEvent(AuditEvent.of("interpretation.demo.loaded", "Interpretation", null,
					run.created + " demo interpretations").by("demo-data"));
		});
		log.info("Demo interpretations: {} created", run.created);
		return run.created;
	}

	private final class Run {

		private final UnitView employment;

		private final long categoryId;

		private final Me editor;

		private final Me checker;

		private final Me office;

		private final Me officeHead;

		private final LocalDate today = LocalDate.now(clock);

		private int created;

		Run(UnitView employment, Map<String, Me> actors, long categoryId) {
			this.employment = employment;
			this.categoryId = categoryId;
			this.editor = actors.get("editor");
			this.checker = actors.get("checker");
			this.office = actors.get("office");
			this.officeHead = actors.get("officehead");
		}

		void all() {
			long overdue = pastPolicy(6, "关于进一步做好高校毕业生等青年就业创业工作的通知", "湘人社规〔2026〕21号",
					"一、拓宽就业渠道。鼓励中小微企业吸纳高校毕业生就业，按规定给予一次性吸纳就业补贴。\n二、支持自主创业。"
							+ "对首次创办小微企业的高校毕业生给予一次性创业补贴。\n三、加强就业服务。各级公共就业服务机构为离校未就业"
							+ "高校毕业生提供实名制跟踪服务。");
			long inTime = pastPolicy(1, "关于调整失业保险金标准的通知", "湘人社规〔2026〕23号",
					"自本通知印发之月起，全省失业保险金标准调整为当地最低工资标准的90%。各地要及时调整发放标准，确保按时足额发放。");
			long late = pastPolicy(7, "关于实施职业技能提升行动补贴的通知", "湘人社规〔2026〕19号",
					"企业职工、就业重点群体参加职业技能培训并取得证书的，按规定给予职业培训补贴。取得高级工及以上证书的，补贴标准相应提高。");
			long waiver = pastPolicy(2, "关于更正《就业见习管理办法》个别文字的通知", "湘人社规〔2026〕24号",
					"《就业见习管理办法》第八条中的“见习单位”更正为“见习基地”，其他内容不变。");
			qa(inTime);
			expert(late);
			long waiverTask = taskRows.findByPolicyId(waiver).orElseThrow().getId();
			tasks.requestWaiver(editor, waiverTask, "仅更正个别文字，政策内容未作调整，无需另行解读。");
			todayPolicy();
			graphicOfCorpus();
			log.debug("Demo task left overdue for document {}", overdue);
		}

		/** A normative document of 就业处 published {@code workingDaysAgo} working days ago, with its task. */
		private long pastPolicy(int workingDaysAgo, String title, String number, String text) {
			LocalDate published = workingDays.workingDaysBefore(today, workingDaysAgo);
			DocumentMetadata metadata = new DocumentMetadata(title, null, number, ISSUER, employment.id(), categoryId,
					"就业 补贴", "行政规范性文件", published, published, null, Disclosure.PROACTIVE, null,
					RichText.fromPlainText(text));
			long id = imported.publish(new ImportedDocuments.Entry(null, metadata,
					published.atTime(9, 30).atZone(CHINA).toInstant(), Validity.VALID, null, List.of()), "editor").id();
			tasks.open(id, title, employment.id(), published.atTime(9, 30).atZone(CHINA).toInstant());
			return id;
		}

		private void todayPolicy() {
			long id = workflow.createDraft(editor, new DocumentMetadata("关于就业见习补贴申领有关事项的通知", null,
					"湘人社规〔2026〕25号", ISSUER, employment.id(), categoryId, "就业见习 补贴", "行政规范性文件", today,
					today, null, Disclosure.PROACTIVE, null, RichText.fromPlainText(
							"见习单位按月申领就业见习补贴，补贴标准为当地最低工资标准的70%。申领材料包括见习协议、考勤记录和补贴发放花名册。")));
			publish(editor, id);
		}

		private void qa(long policy) {
			create(editor, new InterpretationDraft(policy, null, InterpretationForm.QA, "失业保险金标准调整政策问答",
					"失业保险金标准调整的主要问题解答。", "为便于群众了解失业保险金标准调整政策，现就有关问题解答如下。", null, null,
					null, List.of(new QaPair("失业保险金标准调整为多少？", "调整为当地最低工资标准的90%。"),
							new QaPair("从什么时候开始执行？", "自通知印发之月起执行，已在领取失业保险金的人员同步调整。"),
							new QaPair("需要本人重新申请吗？", "不需要，经办机构按新标准自动发放。"))), null);
		}

		private void expert(long policy) {
			create(editor, new InterpretationDraft(policy, null, InterpretationForm.EXPERT,
					"专家解读：职业技能提升行动补贴政策", null,
					"职业技能提升行动补贴政策把培训补贴与证书等级挂钩，鼓励劳动者取得更高等级证书。企业职工和就业重点群体都可申领，"
							+ "申领流程已全部纳入网上办理，群众少跑腿。",
					"李明", "湖南师范大学公共管理学院教授", null, List.of()), null);
		}

		private void graphicOfCorpus() {
			Optional<DocumentSummary> rule = catalogue.publicPage(CatalogueFilter.none(), 0, 500)
				.stream()
				.filter(d -> d.title().equals("工资支付暂行规定"))
				.findFirst();
			rule.ifPresent(d -> create(office, new InterpretationDraft(d.id(), null, InterpretationForm.GRAPHIC,
					"一图读懂《工资支付暂行规定》", "工资支付的时间、形式和不得克扣的规定。",
					"一、工资应当以法定货币支付，不得以实物及有价证券替代。\n二、工资必须在用人单位与劳动者约定的日期支付，至少每月支付一次。"
							+ "\n三、用人单位不得克扣劳动者工资。\n四、劳动者依法参加社会活动期间，用人单位应视同其提供了正常劳动而支付工资。",
					null, null, null, List.of()), new Interpretations.Image("工资支付暂行规定图解.png", image())));
		}

		private void create(Me author, InterpretationDraft draft, Interpretations.Image image) {
			Interpretations.Created made = interpretations.create(author, draft, image);
			publish(author, made.documentId());
			created++;
		}

		/**
		 * The path a user takes: the author submits, a reviewer of the author's unit (or, for the office's own work,
		 * the office head) clears it for disclosure, and the author publishes.
		 */
		private void publish(Me author, long documentId) {
			workflow.submit(author, documentId);
			workflow.review(author == editor ? checker : officeHead, documentId, ReviewConclusion.DISCLOSABLE, null);
			workflow.publish(author, documentId, null);
		}

	}

	/** A plain bar picture standing in for a designed graphic. */
	private static byte[] image() {
		BufferedImage picture = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = picture.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 480, 270);
		Color[] colours = { new Color(0xB0, 0x1E, 0x23), new Color(0x1F, 0x5F, 0x99), new Color(0x2E, 0x7D, 0x32),
				new Color(0xE0, 0x8E, 0x0B) };
		for (int i = 0; i < colours.length; i++) {
			g.setColor(colours[i]);
			g.fillRect(40 + i * 105, 60 + i * 10, 80, 170 - i * 10);
		}
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(picture, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
