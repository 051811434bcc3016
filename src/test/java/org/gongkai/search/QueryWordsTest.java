package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

	@Test
	void wordsAreSplitLikeTheIndexSplitsThem() {
		QueryWords words = QueryWords.parse("失业保险金 领取条件");
		assertThat(words.words()).as("the lone 金 joins 保险").containsExactly("失业", "保险金", "领取", "条件");
		assertThat(words.required()).as("one in four may be missing").isEqualTo(3);
		assertThat(QueryWords.parse("工伤认定 申请期限").required()).isEqualTo(3);
	}

	@Test
	void upToThreeWordsAreAllRequired() {
		assertThat(QueryWords.parse("就业").required()).isEqualTo(1);
		assertThat(QueryWords.parse("劳动合同 试用期").required()).isEqualTo(3);
		assertThat(QueryWords.parse("劳务派遣").required()).isEqualTo(2);
	}

	@Test
	void quotesMakeAPhraseAndAMinusExcludes() {
		QueryWords words = QueryWords.parse("\"劳动合同\" 试用期 -派遣 “经济补偿”");
		assertThat(words.phrases()).containsExactly("劳动合同", "经济补偿");
		assertThat(words.words()).containsExactly("试用期");
		assertThat(words.excluded()).containsExactly("派遣");
	}

	@Test
	void operatorsOfQuerySyntaxesArePlainText() {
		assertThat(QueryWords.parse("*").isEmpty()).isTrue();
		assertThat(QueryWords.parse("\\ ~ ( ) \" -").isEmpty()).isTrue();
		assertThat(QueryWords.parse("\"就业").phrases()).containsExactly("就业");
		assertThat(QueryWords.parse("就业~2 (创业)").words()).containsExactly("就业", "2", "创业");
		assertThat(QueryWords.parse("AND OR").words()).containsExactly("and", "or");
	}

	@Test
	void repeatedWordsCountOnce() {
		assertThat(QueryWords.parse("就业 就业 就业").words()).containsExactly("就业");
	}

	@Test
	void aLoneChineseCharacterJoinsTheWordBeforeIt() {
		assertThat(QueryWords.joinSingleCharacters(java.util.List.of("失业", "保险", "金"))).containsExactly("失业", "保险金");
		assertThat(QueryWords.joinSingleCharacters(java.util.List.of("金"))).containsExactly("金");
		assertThat(QueryWords.joinSingleCharacters(java.util.List.of("考", "拉"))).containsExactly("考", "拉");
		assertThat(QueryWords.joinSingleCharacters(java.util.List.of("2016", "年"))).containsExactly("2016年");
	}

}
