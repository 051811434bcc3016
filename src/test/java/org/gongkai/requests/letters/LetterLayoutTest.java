package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the layout of an official letter out of its plain text. */
class LetterLayoutTest {

	@Test
	void titleReferenceSalutationParagraphsAndSignatureAreTold() {
		LetterLayout layout = LetterLayout.of("""
				政府信息公开申请答复告知书
				申请编号：YS2026-00001

				张三：
				本机关于2026年11月2日收到您的申请。
				特此告知。
				湖南省人力资源和社会保障厅
				2026年11月27日
				""");
		assertThat(layout.title()).isEqualTo("政府信息公开申请答复告知书");
		assertThat(layout.references()).containsExactly("申请编号：YS2026-00001");
		assertThat(layout.salutation()).isEqualTo("张三：");
		assertThat(layout.paragraphs()).containsExactly("本机关于2026年11月2日收到您的申请。", "特此告知。");
		assertThat(layout.signature()).containsExactly("湖南省人力资源和社会保障厅", "2026年11月27日");
	}

	@Test
	void aLetterEditedIntoAnotherShapeKeepsEveryLine() {
		LetterLayout layout = LetterLayout.of("答复\n本机关已收到您的申请，现答复如下。\n特此告知。");
		assertThat(layout.salutation()).isNull();
		assertThat(layout.paragraphs()).containsExactly("本机关已收到您的申请，现答复如下。", "特此告知。");
		assertThat(layout.signature()).isEmpty();
	}

	@Test
	void downloadNamesKeepChineseInTheEncodedFilename() {
		assertThat(Downloads.attachment("答复告知书-YS2026-00001.docx"))
			.isEqualTo("attachment; filename=\"_____-YS2026-00001.docx\"; filename*=UTF-8''"
					+ "%E7%AD%94%E5%A4%8D%E5%91%8A%E7%9F%A5%E4%B9%A6-YS2026-00001.docx");
	}

}
