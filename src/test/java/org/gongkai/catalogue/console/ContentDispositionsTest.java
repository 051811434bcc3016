package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.catalogue.CategoryView;
import org.junit.jupiter.api.Test;
import org.gongkai.common.ContentDispositions;

/** Download headers that keep Chinese names, and the indented category tree of the form. */
class ContentDispositionsTest {

	@Test
	void theChineseNameTravelsInFilenameStarWithAnAsciiFallback() {
		assertThat(ContentDispositions.attachment("2026年 申领表.pdf")).isEqualTo(
				"attachment; filename=\"2026_ ___.pdf\"; filename*=UTF-8''2026%E5%B9%B4%20%E7%94%B3%E9%A2%86%E8%A1%A8.pdf");
	}

	@Test
	void quotesAndLineBreaksCannotBreakTheHeader() {
		String header = ContentDispositions.attachment("a\"b\r\nSet-Cookie: x=1;.pdf");
		assertThat(header).doesNotContain("\r", "\n", "a\"b")
			.contains("filename=\"a_b__Set-Cookie: x=1;.pdf\"")
			.contains("filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1%3B.pdf");
	}

	@Test
	void categoriesAreListedDepthFirstWithChildrenIndented() {
		List<CategoryView> categories = List.of(new CategoryView(2, null, "b", "法规文件", 20),
				new CategoryView(1, null, "a", "机构职能", 10), new CategoryView(3, 2L, "c", "规章", 2),
				new CategoryView(4, 2L, "d", "规范性文件", 1), new CategoryView(5, 4L, "e", "废止目录", 1),
				new CategoryView(6, 99L, "f", "父类已删除", 5));
		assertThat(CategoryOption.tree(categories)).extracting(CategoryOption::label)
			.containsExactly("父类已删除", "机构职能", "法规文件", "\u3000\u3000规范性文件", "\u3000\u3000\u3000\u3000废止目录",
					"\u3000\u3000规章");
	}

}
