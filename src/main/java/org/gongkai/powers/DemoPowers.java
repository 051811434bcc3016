package org.gongkai.powers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.DemoClock;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.identity.UnitManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo power list: the 111 items of {@code powers/demo-items.txt} across the ten types, entered by the disclosure
 * office through {@link Powers} on the days their status events took effect (the first list of 2015, the laws of
 * 2018, the delegations to the city bureaus of 2019, the transfer of social-insurance levies to the tax bureaus of
 * 2020, the delegations of 2025 and 2026 ...). Laws held by the catalogue are linked.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoPowers {

	private static final Logger log = LoggerFactory.getLogger(DemoPowers.class);

	private static final String SUPERVISION = "向省人力资源和社会保障厅法规处或驻厅纪检监察组投诉举报；依法申请行政复议或者提起行政诉讼";

	/** The status events of the list, by their token in the data file. */
	static final Map<String, StatusChange> EVENTS = Map.ofEntries(
			event("R15", PowerStatus.RETAINED, "2015-06-30", "省级权力清单首次公布，依法予以保留", "湘政办发〔2015〕55号"),
			event("R23", PowerStatus.RETAINED, "2023-06-30", "权责清单年度动态调整，经审核予以保留", "湘政办函〔2023〕42号"),
			event("A18", PowerStatus.ADJUSTED, "2018-10-01", "依据新施行的法规调整设定依据和办理流程", "湘政办函〔2018〕88号"),
			event("A21", PowerStatus.ADJUSTED, "2021-06-01", "按照“放管服”改革要求压减办理时限、精简申请材料", "湘政办函〔2021〕35号"),
			event("A22", PowerStatus.ADJUSTED, "2022-05-01", "调整补贴标准和申领条件", "湘人社规〔2022〕6号"),
			event("A23", PowerStatus.ADJUSTED, "2023-06-30", "权责清单年度动态调整，调整实施依据", "湘政办函〔2023〕42号"),
			event("D19", PowerStatus.DELEGATED, "2019-04-01", "下放至市州人力资源和社会保障局实施，省厅负责指导和监督", "湘政发〔2019〕8号"),
			event("D25", PowerStatus.DELEGATED, "2025-03-01", "下放至市州人力资源和社会保障局实施，省厅负责指导和监督", "湘政发〔2025〕4号"),
			event("D26", PowerStatus.DELEGATED, "2026-04-01", "按照属地管理原则下放至市州人力资源和社会保障局实施", "湘政发〔2026〕6号"),
			event("C17", PowerStatus.CANCELLED, "2017-01-12", "国务院决定取消", "国发〔2017〕7号"),
			event("C17f", PowerStatus.CANCELLED, "2017-04-01", "与外国专家来华工作许可整合为外国人来华工作许可，由科学技术部门实施",
					"外专发〔2017〕40号"),
			event("C18h", PowerStatus.CANCELLED, "2018-07-28", "国务院决定取消台港澳人员在内地就业许可", "国发〔2018〕28号"),
			event("C19m", PowerStatus.CANCELLED, "2019-01-01", "机构改革，职责划入省医疗保障局", "湘办发〔2018〕60号"),
			event("C20", PowerStatus.CANCELLED, "2020-07-01", "水平评价类职业资格退出国家目录，改为社会化评价", "湘政发〔2020〕10号"),
			event("C20t", PowerStatus.CANCELLED, "2020-11-01", "社会保险费征收职责整体划转税务部门", "湘政办发〔2020〕45号"),
			event("C21", PowerStatus.CANCELLED, "2021-08-01", "取消该事项，改为部门间信息共享核验", "湘政发〔2021〕12号"),
			event("C23", PowerStatus.CANCELLED, "2023-06-30", "权责清单年度动态调整，不属于行政权力事项，予以取消", "湘政办函〔2023〕42号"),
			event("T15", PowerStatus.TAKEN_OVER, "2015-06-30", "依据国家统一城乡居民基本养老保险制度等决定承接", "湘政办发〔2015〕55号"),
			event("T16", PowerStatus.TAKEN_OVER, "2016-05-01", "依据国家新出台的就业创业政策承接", "湘人社发〔2016〕21号"),
			event("T17", PowerStatus.TAKEN_OVER, "2017-05-01", "依据国家新出台的职业技能提升政策承接", "人社部发〔2017〕40号"),
			event("T18", PowerStatus.TAKEN_OVER, "2018-10-01", "人力资源市场暂行条例施行，依法承接", "国务院令第700号"),
			event("T19n", PowerStatus.TAKEN_OVER, "2019-07-01", "依据人力资源市场暂行条例承接网络招聘服务管理", "湘人社规〔2019〕9号"),
			event("T20", PowerStatus.TAKEN_OVER, "2020-01-01", "技能人才评价制度改革，依法承接", "人社部发〔2019〕90号"),
			event("T20w", PowerStatus.TAKEN_OVER, "2020-05-01", "保障农民工工资支付条例施行，依法承接", "国务院令第724号"),
			event("T22", PowerStatus.TAKEN_OVER, "2022-03-01", "收回省本级统一经办", "湘政发〔2022〕3号"));

	private final Powers powers;

	private final PowerItemRepository items;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final StaffActors staff;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	DemoPowers(Powers powers, PowerItemRepository items, Catalogue catalogue, UnitManagement units,
			StaffActors staff, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.powers = powers;
		this.items = items;
		this.catalogue = catalogue;
		this.units = units;
		this.staff = staff;
		this.transactions = transactions;
		this.events = events;
	}

	/** After the demo catalogue, whose laws the items' bases link to. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(160)
	void onReady() {
		load();
	}

	/** Creates the demo list unless any item exists; returns how many items were created. */
	int load() {
		if (items.count() > 0) {
			return 0;
		}
		Me office = staff.named("office").orElse(null);
		if (office == null) {
			log.warn("Demo power list skipped: the demo account office is gone");
			return 0;
		}
		Map<String, Long> unitIds = new HashMap<>();
		units.active().forEach(u -> unitIds.put(u.code(), u.id()));
		Map<String, Long> laws = laws();
		int created = transactions.execute(status -> {
			int n = 0;
			for (String line : lines()) {
				if (entry(office, line, unitIds, laws)) {
					n++;
				}
			}
			events.publishEvent(AuditEvent.of("powers.demo.loaded", "PowerItem", null, n + " demo items")
				.by("demo-data"));
			return n;
		});
		log.info("Demo power list: {} items created", created);
		return created;
	}

	private boolean entry(Me office, String line, Map<String, Long> unitIds, Map<String, Long> laws) {
		String[] f = line.split(";", -1);
		Long unit = unitIds.get(f[1]);
		if (unit == null) {
			log.warn("Demo power item skipped, unit {} is gone: {}", f[1], f[2]);
			return false;
		}
		PowerType type = PowerType.valueOf(f[0]);
		Map<String, String> options = options(f.length > 5 ? f[5] : "");
		List<LegalBasis> basis = new ArrayList<>();
		for (String b : f[3].split("\\|")) {
			String[] law = b.split(":");
			basis.add(new LegalBasis(law[0], law[1], laws.get(law[0])));
		}
		String forward = options.get("fwd");
		PowerDraft draft = new PowerDraft(f[2], type,
				options.containsKey("sub") ? List.of(options.get("sub").split("/")) : List.of(), basis,
				"湖南省人力资源和社会保障厅", unit, forward != null, forward, DemoDuties.of(type),
				DemoDuties.accountability(type), SUPERVISION, "0731-12333", fees(type), DemoDuties.timeLimit(type));
		String[] tokens = f[4].split(",");
		StatusChange first = EVENTS.get(tokens[0]);
		String code = DemoClock.on(first.effectiveOn(), () -> powers.create(office, null, draft, first));
		for (int i = 1; i < tokens.length; i++) {
			StatusChange next = EVENTS.get(tokens[i]);
			DemoClock.on(next.effectiveOn(), () -> powers.recordStatus(office, code, next));
		}
		if (options.containsKey("int")) {
			String[] s = options.get("int").split("\\^");
			DemoClock.on(first.effectiveOn(),
					() -> powers.addIntermediary(office, code, new IntermediaryDraft(s[0], s[1], s[2], s[3])));
		}
		return true;
	}

	/** The public laws of the catalogue's 法规文件, by title (the first one listed of a title). */
	private Map<String, Long> laws() {
		Long category = catalogue.categories()
			.stream()
			.filter(c -> "regulations".equals(c.code()))
			.map(CategoryView::id)
			.findFirst()
			.orElse(null);
		Map<String, Long> laws = new HashMap<>();
		if (category == null) {
			return laws;
		}
		int page = 0;
		Page<DocumentSummary> found;
		do {
			found = catalogue.publicPage(new CatalogueFilter(category, null, null, null, null), page++, 100);
			found.forEach(d -> laws.putIfAbsent(d.title(), d.id()));
		}
		while (found.hasNext());
		return laws;
	}

	private static String fees(PowerType type) {
		return type == PowerType.LICENSING || type.publicFacing() ? "不收费" : null;
	}

	private static Map<String, String> options(String text) {
		Map<String, String> options = new HashMap<>();
		for (String option : text.split(",")) {
			int eq = option.indexOf('=');
			if (eq > 0) {
				options.put(option.substring(0, eq).strip(), option.substring(eq + 1).strip());
			}
		}
		return options;
	}

	private static List<String> lines() {
		try (InputStream in = new ClassPathResource("powers/demo-items.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the demo power list is part of the application", ex);
		}
	}

	private static Map.Entry<String, StatusChange> event(String token, PowerStatus status, String day, String reason,
			String document) {
		return Map.entry(token, new StatusChange(status, LocalDate.parse(day), reason, document));
	}

}
