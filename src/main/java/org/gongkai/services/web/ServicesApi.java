package org.gongkai.services.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.gongkai.common.RuleViolation;
import org.gongkai.services.Audience;
import org.gongkai.services.CertificateView;
import org.gongkai.services.GuideDraft;
import org.gongkai.services.GuideFilter;
import org.gongkai.services.GuideStatus;
import org.gongkai.services.GuideSummary;
import org.gongkai.services.GuideView;
import org.gongkai.services.RemovedCertificates;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServiceTheme;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public service guides API: published guides by theme, audience and words, one guide whole (with its power
 * item and the links to its files), and the register of certificates removed.
 */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Services", description = "Published service guides (办事指南) and certificates removed (证明事项清理)")
class ServicesApi {

	private final ServiceGuides guides;

	private final RemovedCertificates certificates;

	ServicesApi(ServiceGuides guides, RemovedCertificates certificates) {
		this.guides = guides;
		this.certificates = certificates;
	}

	/** A page of a list; {@code page} counts from 1. */
	@Schema(name = "ServiceGuideList")
	record GuideList(List<GuideSummary> items, int page, int size, long total) {
	}

	@Schema(name = "RemovedCertificateList")
	record CertificateList(List<CertificateView> items, int page, int size, long total) {
	}

	/** A guide whole: its content, its materials with the addresses of their files, and its power item. */
	@Schema(name = "ServiceGuideDetail")
	record Detail(GuideDraft guide, List<MaterialFiles> files, GuideStatus status, Instant publishedAt,
			Instant updatedAt, Power power, String url, String powerUrl) {

		static Detail of(GuideView v) {
			List<MaterialFiles> files = new java.util.ArrayList<>();
			for (int i = 0; i < v.materials().size(); i++) {
				GuideView.Material m = v.materials().get(i);
				String base = "/services/" + v.code() + "/materials/" + (i + 1);
				files.add(new MaterialFiles(i + 1, m.name(), m.blankFile() == null ? null : base + "/blank",
						m.exampleFile() == null ? null : base + "/example"));
			}
			Power power = v.power() == null ? null
					: new Power(v.power().code(), v.power().name(), v.power().type().name(), v.power().status());
			return new Detail(v.guide(), files, v.status(), v.publishedAt(), v.updatedAt(), power,
					"/services/" + v.code(), v.guide().powerCode() == null ? null : "/powers/" + v.guide().powerCode());
		}

	}

	/** Material {@code number} (from 1) and the addresses of its blank form and filled example, when there are. */
	@Schema(name = "ServiceGuideMaterialFiles")
	record MaterialFiles(int number, String name, String blankForm, String example) {
	}

	@Schema(name = "ServiceGuidePower")
	record Power(String code, String name, String type, String status) {
	}

	@GetMapping
	@Operation(summary = "Published service guides by theme, then code; filters theme, audience, q (words)")
	GuideList list(@RequestParam(required = false) ServiceTheme theme,
			@RequestParam(required = false) Audience audience,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<GuideSummary> found = guides.publicPage(new GuideFilter(theme, audience, q), page - 1, size);
		return new GuideList(found.getContent(), page, size, found.getTotalElements());
	}

	@GetMapping("/{code}")
	@Operation(summary = "A published service guide with its materials, steps, FAQ and power item")
	Detail get(@PathVariable String code) {
		return Detail.of(guides.publicGuide(code).orElseThrow(() -> RuleViolation.notFound("services.guide.notFound", code)));
	}

	@GetMapping("/certificates-removed")
	@Operation(summary = "Certificates no longer asked of applicants (证明事项清理), latest removal first")
	CertificateList certificates(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<CertificateView> found = certificates.page(page - 1, size);
		return new CertificateList(found.getContent(), page, size, found.getTotalElements());
	}

}
