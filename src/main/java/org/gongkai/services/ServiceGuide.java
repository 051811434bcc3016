package org.gongkai.services;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.gongkai.common.Texts;
import org.gongkai.search.WordMatches;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.gongkai.powers.PowerItemRef;

/**
 * A service guide (办事指南) of one business item (业务办理项, {@code code}): written as a draft, published once it
 * carries the eight mandatory elements, withdrawn from the public when the item is no longer handled. Its name and
 * conditions are indexed with the site search's Chinese analyzer (every guide, whatever its state: the public
 * list keeps to published ones in the database).
 */
@Entity
@Indexed(index = "service_guide")
@Table(name = "service_guide")
class ServiceGuide {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@FullTextField(analyzer = "chinese")
	@KeywordField(name = WordMatches.WHOLE_NAME)
	private String name;

	private String powerCode;

	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_level")
	private ItemLevel level;

	@Enumerated(EnumType.STRING)
	@Column(name = "handling_kind")
	private HandlingKind kind;

	@Enumerated(EnumType.STRING)
	private ServiceTheme theme;

	private boolean forIndividuals;

	private boolean forEmployers;

	private String legalBasis;

	private String legalBasisUrl;

	@FullTextField(analyzer = "chinese")
	private String conditions;

	private Integer featuredOrder;

	private String locations;

	private String hours;

	private String phone;

	private String complaintPhone;

	private Integer statutoryDays;

	private Integer promisedDays;

	private boolean feeFree;

	private String fee;

	private String onlineUrl;

	private Integer visits;

	private String resultName;

	@Enumerated(EnumType.STRING)
	private GuideStatus status;

	private Instant publishedAt;

	private String updatedBy;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "service_guide_material", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "material_order")
	private List<GuideMaterial> materials = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "service_guide_step", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "step_order")
	private List<GuideStep> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "service_guide_faq", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "faq_order")
	private List<GuideFaq> faqs = new ArrayList<>();

	protected ServiceGuide() {
	}

	ServiceGuide(GuideDraft draft, long unitId, String by, Instant at) {
		this.code = draft.code().strip();
		this.status = GuideStatus.DRAFT;
		revise(draft, unitId, by, at);
	}

	/** Takes the draft's content; the materials that keep their name keep their files. */
	void revise(GuideDraft d, long unitId, String by, Instant at) {
		this.name = Texts.blankToNull(d.name());
		this.powerCode = Texts.blankToNull(d.powerCode());
		this.unitId = unitId;
		this.level = d.level();
		this.kind = d.kind();
		this.theme = d.theme();
		this.forIndividuals = d.individuals();
		this.forEmployers = d.employers();
		this.legalBasis = Texts.blankToNull(d.legalBasis());
		this.legalBasisUrl = Texts.blankToNull(d.legalBasisUrl());
		this.conditions = Texts.blankToNull(d.conditions());
		this.locations = Texts.blankToNull(d.locations());
		this.hours = Texts.blankToNull(d.hours());
		this.phone = Texts.blankToNull(d.phone());
		this.complaintPhone = Texts.blankToNull(d.complaintPhone());
		this.statutoryDays = d.statutoryDays();
		this.promisedDays = d.promisedDays();
		this.feeFree = d.free();
		this.fee = d.free() ? null : Texts.blankToNull(d.fee());
		this.onlineUrl = Texts.blankToNull(d.onlineUrl());
		this.visits = d.visits();
		this.resultName = Texts.blankToNull(d.resultName());
		List<GuideMaterial> before = new ArrayList<>(materials);
		materials.clear();
		for (GuideDraft.MaterialRow row : d.filledMaterials()) {
			GuideMaterial material = new GuideMaterial(row);
			before.stream().filter(b -> b.name().equals(material.name())).findFirst().ifPresent(material::keepFilesOf);
			materials.add(material);
		}
		steps.clear();
		d.filledSteps().forEach(row -> steps.add(new GuideStep(row)));
		faqs.clear();
		d.filledFaqs().forEach(row -> faqs.add(new GuideFaq(row)));
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void publish(String by, Instant at) {
		this.status = GuideStatus.PUBLISHED;
		this.publishedAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void withdraw(String by, Instant at) {
		this.status = GuideStatus.WITHDRAWN;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** Puts a file on material {@code index} (from 0); false when there is no such material. */
	boolean attach(int index, MaterialFile kind, String fileName, String key, String by, Instant at) {
		if (index < 0 || index >= materials.size()) {
			return false;
		}
		materials.get(index).attach(kind, fileName, key);
		this.updatedBy = by;
		this.updatedAt = at;
		return true;
	}

	GuideMaterial material(int index) {
		return index < 0 || index >= materials.size() ? null : materials.get(index);
	}

	/**
	 * Puts the guide among the home page's 常用服务 at {@code order} (lower first), or takes it off with
	 * {@code null}; the home page changes, so the public content does.
	 */
	void feature(Integer order, Instant at) {
		this.featuredOrder = order;
		this.updatedAt = at;
	}

	Integer getFeaturedOrder() {
		return featuredOrder;
	}

	boolean published() {
		return status == GuideStatus.PUBLISHED;
	}

	String getCode() {
		return code;
	}

	long getUnitId() {
		return unitId;
	}

	String getPowerCode() {
		return powerCode;
	}

	GuideStatus getStatus() {
		return status;
	}

	GuideDraft toDraft() {
		return new GuideDraft(code, name, powerCode, unitId, level, kind, theme, forIndividuals, forEmployers,
				legalBasis, legalBasisUrl, conditions, locations, hours, phone, complaintPhone, statutoryDays,
				promisedDays, feeFree, fee, onlineUrl, visits, resultName,
				materials.stream().map(GuideMaterial::toRow).toList(), steps.stream().map(GuideStep::toRow).toList(),
				faqs.stream().map(GuideFaq::toRow).toList());
	}

	GuideView toView(PowerItemRef power) {
		GuideDraft draft = toDraft();
		return new GuideView(draft, materials.stream().map(GuideMaterial::toView).toList(), status, publishedAt,
				updatedAt, power, GuideRules.missing(draft));
	}

	GuideSummary toSummary() {
		return new GuideSummary(code, name, theme, kind, statutoryDays, promisedDays, visits, forIndividuals,
				forEmployers, unitId, status, publishedAt, updatedAt);
	}

}
