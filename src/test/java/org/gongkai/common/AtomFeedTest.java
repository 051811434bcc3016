package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A feed carries what staff typed as text: escaped, and without the characters XML 1.0 cannot carry. */
class AtomFeedTest {

	@Test
	void textDropsCharactersXmlCannotCarry() {
		assertThat(AtomFeed.clean("通知\u0000\u0007标题\t\n😀")).isEqualTo("通知标题\t\n😀");
		assertThat(AtomFeed.clean(null)).isEmpty();
	}

	@Test
	void aTitleCannotBreakOutOfItsElement() {
		Instant day = Instant.parse("2026-12-07T00:00:00Z");
		String xml = new String(new AtomFeed("urn:test", "测试", "湖南省人力资源和社会保障厅", day, "https://example.gov.cn/",
				"https://example.gov.cn/feed.atom",
				List.of(new AtomFeed.Entry("urn:test:1", "</title><script>x</script>\u0000", day, day,
						"https://example.gov.cn/1", "摘要", null)))
			.toXml(), StandardCharsets.UTF_8);
		assertThat(xml).contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>").doesNotContain("<script>").doesNotContain("\u0000");
	}

}
