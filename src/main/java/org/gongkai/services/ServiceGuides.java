package org.gongkai.services;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.gongkai.audit.AuditEvent;
import org.gongkai.common.FileStore;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.powers.PowerLookup;
import org.gongkai.search.WordMatches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service guides (办事指南): staff of the item's unit (the disclosure office and administrators for every unit)
 * write drafts, publish them once complete ({@link GuidePublicationCheck}) and withdraw them; the public reads the
 * published ones by theme, by audience and by words of their name.
 */
@Service
@Transactional
public class ServiceGuides {

	private final ServiceGuideRepository guides;

	private final GuidePublicationCheck publication;

	private final PowerLookup powers;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final WordMatches words;

	private final Clock clock;

	ServiceGuides(ServiceGuideRepository guides, GuidePublicationCheck publication, PowerLookup powers, FileStore files,
			ApplicationEventPublisher events, WordMatches words, Clock clock) {
		this.guides = guides;
		this.words = words;
		this.publication = publication;
		this.powers = powers;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** A file of a published guide's material, to download. */
	public record Download(String fileName, InputStream content) {
	}

	/** Who writes guides: editors of the item's unit, the disclosure office and administrators. */
	public static boolean mayEdit(Me me, long unitId) {
		return me.admin() || me.office() || (me.has(Role.UNIT_EDITOR) && me.unitId() == unitId);
	}

	/** Who opens the guides console at all. */
	public static boolean maySee(Me me) {
		return me.admin() || me.office() || me.has(Role.UNIT_EDITOR);
	}

	/**
	 * Creates a draft. With {@code complete} (the staff API, which sends whole guides) a guide missing a mandatory
	 * element is refused naming each one; the console keeps incomplete drafts and says what is missing.
	 */
	public String create(Me me, GuideDraft draft, boolean complete) {
		long unitId = unitOf(me, draft);
		check(draft, complete);
		String code = draft.code().strip();
		if (guides.existsByCode(code)) {
			throw RuleViolation.conflict("code", "services.guide.code.taken", code);
		}
		guides.save(new ServiceGuide(draft, unitId, me.username(), clock.instant()));
		events.publishEvent(AuditEvent.of("services.guide.created", "ServiceGuide", code, summary(draft)));
		return code;
	}

	/**
	 * Replaces the guide's content (its code stays). A published guide stays complete: an edit that leaves out a
	 * mandatory element is refused, as publishing it would be.
	 */
	public void update(Me me, String code, GuideDraft draft, boolean complete) {
		ServiceGuide guide = editable(me, code);
		long unitId = unitOf(me, draft);
		check(draft, complete || guide.published());
		guide.revise(draft, unitId, me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("services.guide.updated", "ServiceGuide", code, summary(draft)));
	}

	/** Publishes the guide; refused, naming each missing element or the power item's fault, when not complete. */
	public void publish(Me me, String code) {
		ServiceGuide guide = editable(me, code);
		GuideDraft draft = guide.toDraft();
		publication.check(draft);
		guide.publish(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("services.guide.published", "ServiceGuide", code, summary(draft)));
	}

	public void withdraw(Me me, String code) {
		ServiceGuide guide = editable(me, code);
		if (guide.getStatus() != GuideStatus.PUBLISHED) {
			throw RuleViolation.conflict(null, "services.guide.notPublished", code);
		}
		guide.withdraw(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("services.guide.withdrawn", "ServiceGuide", code, summary(guide.toDraft())));
	}

	/** Puts a blank form or filled example on material {@code index} (from 0) of the guide. */
	public void attach(Me me, String code, int index, MaterialFile kind, String fileName, byte[] content) {
		ServiceGuide guide = editable(me, code);
		String name = MaterialFiles.check(fileName, content);
		String key = files.store(content);
		if (!guide.attach(index, kind, name, key, me.username(), clock.instant())) {
			throw RuleViolation.notFound("services.material.notFound", index + 1);
		}
		events.publishEvent(AuditEvent.of("services.guide.file", "ServiceGuide", code,
				kind + " of material " + (index + 1) + ": " + name));
	}

	/**
	 * 首页常用服务: puts a guide among the home page's most used services at {@code order} (1 to
	 * {@link FeaturedGuides#MAX_ORDER}, lower first), or takes it off with {@code null}. The disclosure office chooses
	 * them (and administrators), since the counts of use that should rank them (approval cases) are not kept yet.
	 */
	public void feature(Me me, String code, Integer order) {
		if (!FeaturedGuides.mayChoose(me)) {
			throw RuleViolation.forbidden("services.featured.denied");
		}
		FeaturedGuides.check(order);
		ServiceGuide guide = guides.findByCode(code)
			.orElseThrow(() -> RuleViolation.notFound("services.guide.notFound", code));
		guide.feature(order, clock.instant());
		events.publishEvent(AuditEvent.of("services.guide.featured", "ServiceGuide", code,
				order == null ? "off the home page" : "home page order " + order));
	}

	/** The guide's place among the home page's most used services, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Integer> featuredOrder(String code) {
		return guides.findByCode(code).map(ServiceGuide::getFeaturedOrder);
	}

	/** The published guides on the home page, in the office's order. */
	@Transactional(readOnly = true)
	public List<GuideSummary> featured(int limit) {
		return guides.featured(PageRequest.of(0, limit)).stream().map(ServiceGuide::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public Page<GuideSummary> publicPage(GuideFilter filter, int page, int size) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), size, Sort.by("theme", "code"));
		List<Long> named = filter.q() == null || filter.q().isBlank() ? List.of()
				: words.ids("ServiceGuide", filter.q(), "name", "conditions");
		return guides.findAll(published(filter, named), pageable).map(ServiceGuide::toSummary);
	}

	/** Published guides per theme, for the audience chosen (null: everyone). */
	@Transactional(readOnly = true)
	public Map<ServiceTheme, Long> themeCounts(Audience audience) {
		Map<ServiceTheme, Long> counts = new EnumMap<>(ServiceTheme.class);
		for (Object[] row : guides.countByTheme(audience == Audience.INDIVIDUALS, audience == Audience.EMPLOYERS)) {
			counts.put((ServiceTheme) row[0], (Long) row[1]);
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public Optional<GuideView> publicGuide(String code) {
		return guides.findByCode(code).filter(ServiceGuide::published).map(this::view);
	}

	@Transactional(readOnly = true)
	public Download publicFile(String code, int index, MaterialFile kind) throws IOException {
		GuideMaterial material = guides.findByCode(code)
			.filter(ServiceGuide::published)
			.map(g -> g.material(index))
			.filter(m -> m.fileKey(kind) != null)
			.orElseThrow(() -> RuleViolation.notFound("services.file.notFound"));
		return new Download(material.fileName(kind), files.open(material.fileKey(kind)));
	}

	/** The guides of the member's unit (every unit for the office), last changed first, in any state. */
	@Transactional(readOnly = true)
	public Page<GuideSummary> staffPage(Me me, int page, int size) {
		if (!maySee(me)) {
			throw RuleViolation.forbidden("services.guide.denied");
		}
		boolean all = me.admin() || me.office();
		return guides.findForStaff(all, List.of(me.unitId()), PageRequest.of(Math.max(page, 0), size))
			.map(ServiceGuide::toSummary);
	}

	@Transactional(readOnly = true)
	public GuideView staffGuide(Me me, String code) {
		return view(editable(me, code));
	}

	/** The published guides' codes, a page at a time (sitemap). */
	@Transactional(readOnly = true)
	public List<String> publishedCodes(int page, int size) {
		return guides.publishedCodes(PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public long publishedCount() {
		return guides.countPublished();
	}

	private GuideView view(ServiceGuide guide) {
		return guide.toView(powers.current(guide.getPowerCode()).orElse(null));
	}

	/** What the audit log says of a guide: its name (a draft may have none yet) and its power item. */
	private static String summary(GuideDraft draft) {
		return (draft.name() == null || draft.name().isBlank() ? "-" : draft.name().strip()) + " (power item "
				+ (draft.powerCode() == null || draft.powerCode().isBlank() ? "-" : draft.powerCode().strip()) + ")";
	}

	private static void check(GuideDraft draft, boolean complete) {
		if (complete) {
			GuideRules.requireComplete(draft);
		}
		GuideRules.checkLimitsAndFee(draft);
	}

	/** The guide, when {@code me} may edit it; another unit's guide is not found, as if it did not exist. */
	private ServiceGuide editable(Me me, String code) {
		return guides.findByCode(code)
			.filter(g -> mayEdit(me, g.getUnitId()))
			.orElseThrow(() -> RuleViolation.notFound("services.guide.notFound", code));
	}

	private static long unitOf(Me me, GuideDraft draft) {
		long unitId = draft.unitId() == null ? me.unitId() : draft.unitId();
		if (!mayEdit(me, unitId)) {
			throw RuleViolation.forbidden("services.guide.denied");
		}
		return unitId;
	}

	private static Specification<ServiceGuide> published(GuideFilter f, List<Long> named) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("status"), GuideStatus.PUBLISHED));
			if (f.theme() != null) {
				where.add(cb.equal(root.get("theme"), f.theme()));
			}
			if (f.audience() == Audience.INDIVIDUALS) {
				where.add(cb.isTrue(root.get("forIndividuals")));
			}
			if (f.audience() == Audience.EMPLOYERS) {
				where.add(cb.isTrue(root.get("forEmployers")));
			}
			if (f.q() != null && !f.q().isBlank()) {
				// the words of the name or conditions, by their Chinese words in the search index; or a part of the code
				String code = "%" + f.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
				Predicate byCode = cb.like(cb.lower(root.get("code")), code, '\\');
				where.add(named.isEmpty() ? byCode : cb.or(root.get("id").in(named), byCode));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
