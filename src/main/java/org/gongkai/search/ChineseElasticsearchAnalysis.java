package org.gongkai.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The {@code chinese} analyzer on an Elasticsearch/OpenSearch cluster (profile {@code opensearch}): the
 * cluster's built-in {@code smartcn} analyzer, the same Lucene SmartChineseAnalyzer the embedded backend
 * uses. Every node needs the analysis-smartcn plugin ({@code bin/elasticsearch-plugin install
 * analysis-smartcn}, or {@code bin/opensearch-plugin install analysis-smartcn}).
 */
public class ChineseElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	static final String SMARTCN = "smartcn";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(ChineseAnalysis.ANALYZER).type(SMARTCN);
	}

}
