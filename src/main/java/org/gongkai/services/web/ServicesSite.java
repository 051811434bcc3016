package org.gongkai.services.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.approvals.ApprovalStatistics;
import org.gongkai.common.ContentDispositions;
import org.gongkai.common.FileTypes;
import org.gongkai.common.PublicCaching;
import org.gongkai.common.RuleViolation;
import org.gongkai.services.Audience;
import org.gongkai.services.CertificateView;
import org.gongkai.services.GuideFilter;
import org.gongkai.services.GuideSummary;
import org.gongkai.services.GuideView;
import org.gongkai.services.MaterialFile;
import org.gongkai.services.RemovedCertificates;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServiceTheme;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public service guides (办事服务): the list by theme and by audience (individuals, employers) with a search
 * by words, each guide's page (printable), its forms to download, and the register of certificates removed.
 */
@Controller
class ServicesSite {

	private static final int PAGE_SIZE = 20;

	private final ServiceGuides guides;

	private final RemovedCertificates certificates;

	private final PublicCaching caching;

	private final ApprovalStatistics statistics;

	ServicesSite(ServiceGuides guides, RemovedCertificates certificates, PublicCaching caching,
			ApprovalStatistics statistics) {
		this.guides = guides;
		this.statistics = statistics;
		this.certificates = certificates;
		this.caching = caching;
	}

	@GetMapping("/services")
	String list(@RequestParam(required = false) ServiceTheme theme, @RequestParam(required = false) Audience audience,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, WebRequest request,
			Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		String words = q == null || q.isBlank() ? null : q.strip();
		int current = Math.max(page, 1);
		Page<GuideSummary> found = guides.publicPage(new GuideFilter(theme, audience, words), current - 1, PAGE_SIZE);
		model.addAttribute("items", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(found.getTotalPages(), 1));
		model.addAttribute("found", found);
		model.addAttribute("theme", theme);
		model.addAttribute("audience", audience);
		model.addAttribute("q", words);
		model.addAttribute("themes", ServiceTheme.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("themeCounts", guides.themeCounts(audience));
		model.addAttribute("filtered", theme != null || audience != null || words != null);
		return "services/site/list";
	}

	@GetMapping("/services/{code}")
	String guide(@PathVariable String code, WebRequest request, Model model) {
		GuideView view = guides.publicGuide(code).orElseThrow(() -> RuleViolation.notFound("services.guide.notFound", code));
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("view", view);
		model.addAttribute("g", view.guide());
		model.addAttribute("figures", statistics.forItem(view.guide().powerCode()));
		return "services/site/guide";
	}

	/** The blank form or filled example of material {@code n} (from 1) of a published guide. */
	@GetMapping("/services/{code}/materials/{n}/{kind}")
	void file(@PathVariable String code, @PathVariable int n, @PathVariable String kind,
			HttpServletResponse response) throws IOException {
		ServiceGuides.Download download = guides.publicFile(code, n - 1, MaterialFile.ofPath(kind));
		try (InputStream content = download.content()) {
			response.setContentType(FileTypes.byName(download.fileName()).map(FileTypes::contentType)
				.orElse("application/octet-stream"));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(download.fileName()));
			content.transferTo(response.getOutputStream());
		}
	}

	@GetMapping("/services/certificates-removed")
	String certificates(@RequestParam(defaultValue = "1") int page, WebRequest request, Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		int current = Math.max(page, 1);
		Page<CertificateView> found = certificates.page(current - 1, PAGE_SIZE);
		model.addAttribute("items", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(found.getTotalPages(), 1));
		model.addAttribute("found", found);
		return "services/site/certificates";
	}

}
