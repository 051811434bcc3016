package org.gongkai.publicity.web;

import java.util.List;

import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.publicity.PublicFilter;
import org.gongkai.publicity.PublicRecord;
import org.gongkai.publicity.PublicityKind;
import org.gongkai.publicity.PublicityLists;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 双公示 in the sitemap: its three list pages, and every published record of each kind, a page at a time. */
@Configuration(proxyBeanMethods = false)
class PublicitySitemap {

	@Bean
	SitemapEntries publicityPages() {
		return SitemapEntries.fixed("publicity", List.of("/publicity", "/publicity/licensing", "/publicity/penalties"));
	}

	@Bean
	SitemapEntries publicityLicences(PublicityLists lists) {
		return new Records(lists, PublicityKind.LICENSING);
	}

	@Bean
	SitemapEntries publicityPenalties(PublicityLists lists) {
		return new Records(lists, PublicityKind.PENALTY);
	}

	/** The published records of one kind. */
	record Records(PublicityLists lists, PublicityKind kind) implements SitemapEntries {

		@Override
		public String name() {
			return "publicity-" + kind.path();
		}

		@Override
		public long count() {
			return lists.page(kind, PublicFilter.none(), 0, 1).getTotalElements();
		}

		@Override
		public List<String> paths(int page, int size) {
			return lists.page(kind, PublicFilter.none(), page, size).map(PublicRecord::path).getContent();
		}

	}

}
