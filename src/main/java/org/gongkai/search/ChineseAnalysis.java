package org.gongkai.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The {@code chinese} analyzer of the embedded Lucene backend: smartcn splits 促进就业创业 into 促进/就业/创业,
 * so 就业 finds it and does not match 成就事业. Named in application.properties.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

	public static final String ANALYZER = "chinese";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ANALYZER).instance(new SmartChineseAnalyzer());
	}

}
