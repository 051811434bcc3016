package org.gongkai.consultation.site;

import java.util.List;

import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.consultation.PublicConsultations;
import org.springframework.stereotype.Component;

/** Every public consultation's page (open, closed and concluded), for the sitemap. */
@Component
class ConsultationSitemap implements SitemapEntries {

	private final PublicConsultations consultations;

	ConsultationSitemap(PublicConsultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public String name() {
		return "consultations";
	}

	@Override
	public long count() {
		return consultations.page(null, 0, 1).getTotalElements();
	}

	@Override
	public List<String> paths(int page, int size) {
		return consultations.page(null, page, size).map(consultation -> "/consultations/" + consultation.id())
			.getContent();
	}

}
