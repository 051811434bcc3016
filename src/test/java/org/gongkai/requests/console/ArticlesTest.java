package org.gongkai.requests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Articles of the Regulations cited in the reader's language. */
class ArticlesTest {

	final Articles articles = new Articles();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishPagesCiteArticlesItemsAndParagraphsInFigures() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(articles.cite("第三十六条第（一）项")).isEqualTo("Art. 36(1)");
		assertThat(articles.cite("第三十九条第二款")).isEqualTo("Art. 39 para. 2");
		assertThat(articles.cite("第十四条")).isEqualTo("Art. 14");
		assertThat(articles.cite("《条例》第三十条")).isEqualTo("Regulations Art. 30");
		assertThat(articles.cite("2008年《条例》第二十一条第（四）项")).isEqualTo("2008 Regulations Art. 21(4)");
	}

	@Test
	void chinesePagesAndTextsThatAreNoCitationStayAsTheyAre() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(articles.cite("第三十六条第（一）项")).isEqualTo("第三十六条第（一）项");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(articles.cite("信息处理费管理办法")).isEqualTo("信息处理费管理办法");
		assertThat(articles.cite(null)).isNull();
	}

}
