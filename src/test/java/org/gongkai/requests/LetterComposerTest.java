package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Filling the templates: dates and numbers the Chinese way, sentences without a value left out. */
class LetterComposerTest {

	@Test
	void aSentenceWhosePlaceholderHasNoValueIsLeftOutAndTheOthersStay() {
		Map<LetterPlaceholder, String> values = new EnumMap<>(LetterPlaceholder.class);
		values.put(LetterPlaceholder.ITEMS, "就业补助资金文件");
		values.put(LetterPlaceholder.ARTICLE, "第三十六条第（一）项");
		List<String> lines = LetterComposer.render(
				"经查，“{事项}”已主动公开。根据《条例》{条款}的规定，现予告知。您可以查阅{文件链接}。{说明}。", values);
		assertThat(lines).containsExactly("经查，“就业补助资金文件”已主动公开。根据《条例》第三十六条第（一）项的规定，现予告知。");
	}

	@Test
	void datesAndItemNumbersAreWrittenTheChineseWay() {
		assertThat(LetterComposer.chineseDate(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
		assertThat(List.of(1, 9, 10, 11, 20, 35).stream().map(LetterComposer::numeral))
			.containsExactly("一", "九", "十", "十一", "二十", "三十五");
		assertThat(LetterComposer.trimEnd("请向长沙市人社局咨询。 ")).isEqualTo("请向长沙市人社局咨询");
		assertThat(LetterComposer.innerTitle("关于印发《2016年政务公开实施方案》的通知")).isEqualTo("关于印发〈2016年政务公开实施方案〉的通知");
	}

	@Test
	void severalItemsAreNumberedAndTheFrameNamesThemAll() {
		Map<String, String> templates = new HashMap<>();
		templates.put(LetterTemplateCodes.HEADING, "答复告知书");
		templates.put(LetterTemplateCodes.SALUTATION, "{申请人}：");
		templates.put(LetterTemplateCodes.RECEIPT, "本机关于{收到日期}收到您申请获取“{事项}”的申请。");
		templates.put(LetterTemplateCodes.PENDING, "“{事项}”尚未决定。");
		templates.put(LetterTemplateCodes.reply(ReplyType.NOT_EXIST), "“{事项}”不存在（{条款}）。");
		templates.put(LetterTemplateCodes.CLOSING, "特此告知。");
		templates.put(LetterTemplateCodes.SIGNATURE, "{机关名称}\n{日期}");
		LetterFacts facts = new LetterFacts("YS2026-00009", "李四", LocalDate.of(2026, 11, 2), RuleSet.R2019, "某厅",
				LocalDate.of(2026, 11, 27),
				List.of(new LetterFacts.Item("甲文件。", "湘人社发〔2026〕1号", ReplyType.NOT_EXIST, "信息不存在", null, null,
						List.of()), new LetterFacts.Item("乙文件", null, null, null, null, null, List.of())));
		assertThat(LetterComposer.compose(templates, facts).split("\n")).containsExactly("答复告知书", "李四：",
				"本机关于2026年11月2日收到您申请获取“甲文件（文号：湘人社发〔2026〕1号）；乙文件”的申请。",
				"一、“甲文件（文号：湘人社发〔2026〕1号）”不存在（第三十六条第（四）项）。", "二、“乙文件”尚未决定。", "特此告知。", "某厅",
				"2026年11月27日");
	}

}
