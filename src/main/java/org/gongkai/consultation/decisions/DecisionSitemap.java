package org.gongkai.consultation.decisions;

import java.util.List;

import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.consultation.DecisionRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Every published major decision's page (重大行政决策), for the sitemap; their list {@code /decisions}, a page of the
 * consultation section rather than a section of its own, comes as a fixed page.
 */
@Component
class DecisionSitemap implements SitemapEntries {

	@Configuration(proxyBeanMethods = false)
	static class ListPage {

		@Bean
		SitemapEntries decisionList() {
			return SitemapEntries.fixed("decision-list", List.of("/decisions"));
		}

	}

	private final DecisionRecords records;

	DecisionSitemap(DecisionRecords records) {
		this.records = records;
	}

	@Override
	public String name() {
		return "decisions";
	}

	@Override
	public long count() {
		return records.publicPage(0, 1).getTotalElements();
	}

	@Override
	public List<String> paths(int page, int size) {
		return records.publicPage(page, size).map(decision -> "/decisions/" + decision.id()).getContent();
	}

}
