package org.gongkai.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Demo service guides (演示数据): the department's own items (人力资源服务许可, 劳务派遣经营许可, 工伤认定, 劳动能力鉴定,
 * 待遇核定, 职称评审 ...) from {@code services/demo-guides.json}, written through the facade by the disclosure office as
 * staff would, with Word blank forms and filled examples for the application forms, then published: a guide whose
 * power item is not on the power list stays a draft (the publication rule refuses it). Also the register of
 * certificates removed.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoServiceGuides {

	private static final Logger log = LoggerFactory.getLogger(DemoServiceGuides.class);

	/** A guide of the demo file: the code of the unit that handles it, the guide, each material's form fields. */
	record DemoGuide(String unit, GuideDraft guide, List<List<String>> forms) {
	}

	private final ServiceGuides guides;

	private final RemovedCertificates certificates;

	private final ServiceGuideRepository rows;

	private final UnitManagement units;

	private final StaffActors staff;

	DemoServiceGuides(ServiceGuides guides, RemovedCertificates certificates, ServiceGuideRepository rows,
			UnitManagement units, StaffActors staff) {
		this.guides = guides;
		this.certificates = certificates;
		this.rows = rows;
		this.units = units;
		this.staff = staff;
	}

	/** After the other modules' demo data, the power list's among them. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(300)
	void onReady() {
		load();
	}

	/** Creates the demo unless a guide exists; returns how many guides were published. */
	int load() {
		if (rows.count() > 0) {
			return 0;
		}
		Me office = staff.named("office").orElse(null);
		if (office == null) {
			log.warn("Demo service guides skipped: the demo account office is gone");
			return 0;
		}
		Map<String, Long> unitIds = units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		int published = 0;
		for (DemoGuide demo : read()) {
			Long unitId = unitIds.get(demo.unit());
			if (unitId == null) {
				continue;
			}
			published += write(office, demo, unitId) ? 1 : 0;
		}
		featured(office);
		removedCertificates(office);
		log.info("Demo service guides: {} published", published);
		return published;
	}

	/**
	 * The home page's 常用服务, chosen by the office as it would (what people ask for most at the service hall):
	 * 失业保险金, 工伤认定, pensions, start-up grants, 劳务派遣 licences, titles.
	 */
	private void featured(Me office) {
		List<String> codes = List.of("4300000150500101", "4300000150700101", "4300000150500501", "4300000150501001",
				"4300000150100201", "4300000150700801");
		for (int i = 0; i < codes.size(); i++) {
			if (guides.publicGuide(codes.get(i)).isPresent()) {
				guides.feature(office, codes.get(i), i + 1);
			}
		}
	}

	private boolean write(Me office, DemoGuide demo, long unitId) {
		GuideDraft d = demo.guide();
		GuideDraft draft = new GuideDraft(d.code(), d.name(), d.powerCode(), unitId, d.level(), d.kind(), d.theme(),
				d.forIndividuals(), d.forEmployers(), d.legalBasis(), d.legalBasisUrl(), d.conditions(), d.locations(),
				d.hours(), d.phone(), d.complaintPhone(), d.statutoryDays(), d.promisedDays(), d.feeFree(), d.fee(),
				d.onlineUrl(), d.visits(), d.resultName(), d.materials(), d.steps(), d.faqs());
		String code = guides.create(office, draft, true);
		for (int i = 0; i < demo.forms().size(); i++) {
			List<String> fields = demo.forms().get(i);
			if (fields != null && !fields.isEmpty()) {
				String title = d.materials().get(i).name();
				guides.attach(office, code, i, MaterialFile.BLANK, title + ".docx", DemoForms.blank(title, fields));
				guides.attach(office, code, i, MaterialFile.EXAMPLE, title + "（示例）.docx",
						DemoForms.example(title, fields));
			}
		}
		try {
			guides.publish(office, code);
			return true;
		}
		catch (RuleViolation ex) {
			log.warn("Demo service guide {} stays a draft: {} ({})", code, ex.messageKey(), d.powerCode());
			return false;
		}
	}

	private List<DemoGuide> read() {
		try (InputStream in = new ClassPathResource("services/demo-guides.json").getInputStream()) {
			return List.of(JsonMapper.builder().build().readValue(in, DemoGuide[].class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void removedCertificates(Me office) {
		String notice = "湖南省人力资源和社会保障厅关于公布取消证明事项的公告";
		List<CertificateForm> removed = List.of(
				new CertificateForm("验资报告", "经营性人力资源服务机构从事职业中介活动许可", "会计师事务所", Replacement.NONE,
						notice + "（2019年第1号）", LocalDate.of(2019, 6, 28)),
				new CertificateForm("无违法犯罪记录证明", "经营性人力资源服务机构从事职业中介活动许可", "公安派出所",
						Replacement.PLEDGE, notice + "（2019年第1号）", LocalDate.of(2019, 6, 28)),
				new CertificateForm("经营场所房屋产权证明（自有房产）", "劳务派遣经营许可", "不动产登记机构",
						Replacement.DATA_SHARING, notice + "（2019年第1号）", LocalDate.of(2019, 6, 28)),
				new CertificateForm("亲属关系证明", "工伤认定（因工死亡）", "公安派出所、村（居）委会", Replacement.VERIFICATION,
						notice + "（2020年第2号）", LocalDate.of(2020, 9, 15)),
				new CertificateForm("婚姻状况证明", "工伤保险供养亲属抚恤金核定", "民政部门", Replacement.DATA_SHARING,
						notice + "（2020年第2号）", LocalDate.of(2020, 9, 15)),
				new CertificateForm("失业证明", "失业保险金申领", "原用人单位、街道（乡镇）", Replacement.DATA_SHARING,
						notice + "（2021年第1号）", LocalDate.of(2021, 4, 30)),
				new CertificateForm("户口簿复印件", "企业职工基本养老保险待遇核定", "公安机关", Replacement.NONE,
						notice + "（2021年第1号）", LocalDate.of(2021, 4, 30)),
				new CertificateForm("学历证书公证件", "高级职称评审", "公证机构", Replacement.VERIFICATION,
						notice + "（2022年第1号）", LocalDate.of(2022, 3, 18)),
				new CertificateForm("社会保险缴费证明", "高级职称评审", "社会保险经办机构", Replacement.DATA_SHARING,
						notice + "（2022年第1号）", LocalDate.of(2022, 3, 18)),
				new CertificateForm("健在证明（生存认证纸质证明）", "企业职工基本养老保险待遇领取资格认证", "村（居）委会",
						Replacement.DATA_SHARING, notice + "（2023年第1号）", LocalDate.of(2023, 8, 1)));
		removed.forEach(form -> certificates.record(office, form));
	}

}
