package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.common.RuleViolation;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

/** The rules around a search: what a query may be, the order, the pager, and the cluster's analyzer. */
class SearchRulesTest {

	@Test
	void aQueryIsTrimmedAndMustBeOneToAHundredCharacters() {
		assertThat(new SearchRequest("  就业  ", null, null, 1).query()).isEqualTo("就业");
		assertThat(new SearchRequest("𠀀".repeat(100), null, null, 1).query()).hasSize(200);
		assertThatThrownBy(() -> new SearchRequest(" ", null, null, 1)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).field())
			.isEqualTo("q");
		assertThatThrownBy(() -> new SearchRequest(null, null, null, 1)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> new SearchRequest("就".repeat(101), null, null, 1))
			.isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("search.query.tooLong");
		assertThatThrownBy(() -> new SearchRequest("就业", null, null, 1, 51)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> new SearchRequest("就业", null, null, 0)).isInstanceOf(RuleViolation.class);
		assertThat(new SearchRequest("就业", null, null, 3).offset()).isEqualTo(40);
		assertThat(new SearchRequest("就业", null, null, 1).filter()).isEqualTo(CatalogueFilter.none());
	}

	@Test
	void theOrderIsRelevanceUnlessDateIsAsked() {
		assertThat(SearchSort.parse(null)).isEqualTo(SearchSort.RELEVANCE);
		assertThat(SearchSort.parse("")).isEqualTo(SearchSort.RELEVANCE);
		assertThat(SearchSort.parse("date")).isEqualTo(SearchSort.DATE);
		assertThatThrownBy(() -> SearchSort.parse("title")).isInstanceOf(RuleViolation.class);
	}

	@Test
	void thePagerLinksTheNeighboursOfThisPage() {
		SearchResults results = new SearchResults("就业", 205, 6, 20, List.of(), false);
		assertThat(results.totalPages()).isEqualTo(11);
		assertThat(results.nearbyPages()).containsExactly(3, 4, 5, 6, 7, 8, 9);
		assertThat(results.hasPrevious()).isTrue();
		assertThat(results.hasNext()).isTrue();
		assertThat(results.firstPosition()).isEqualTo(101);
		SearchResults last = new SearchResults("就业", 205, 11, 20, List.of(), false);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.nearbyPages()).containsExactly(8, 9, 10, 11);
		assertThat(new SearchResults("就业", 0, 1, 20, List.of(), false).totalPages()).isEqualTo(1);
	}

	@Test
	void theClusterUsesItsSmartcnAnalyzerAsChinese() {
		ElasticsearchAnalysisConfigurationContext context = mock(ElasticsearchAnalysisConfigurationContext.class,
				RETURNS_DEEP_STUBS);
		new ChineseElasticsearchAnalysis().configure(context);
		verify(context.analyzer("chinese")).type("smartcn");
	}

}
