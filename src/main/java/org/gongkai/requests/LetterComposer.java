package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills the templates with a case's facts into the letter's plain text, one paragraph a line: heading, salutation,
 * receipt sentence, one paragraph per item (numbered 一、二、 when there are several), closing and signature. A
 * sentence (up to 。！？ or the end of a line) whose placeholder has no value is left out, so that one template
 * serves items with and without linked documents or an explanation.
 */
final class LetterComposer {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,20})}");

	private static final String SENTENCE_ENDS = "。！？";

	private static final String NUMERALS = "零一二三四五六七八九";

	private LetterComposer() {
	}

	static String compose(Map<String, String> templates, LetterFacts facts) {
		Map<LetterPlaceholder, String> letter = letterValues(facts);
		List<String> lines = new ArrayList<>();
		for (String code : List.of(LetterTemplateCodes.HEADING, LetterTemplateCodes.SALUTATION,
				LetterTemplateCodes.RECEIPT)) {
			lines.addAll(render(template(templates, code), letter));
		}
		List<LetterFacts.Item> items = facts.items();
		for (int i = 0; i < items.size(); i++) {
			List<String> paragraph = item(templates, facts, items.get(i), letter);
			if (items.size() > 1 && !paragraph.isEmpty()) {
				paragraph.set(0, numeral(i + 1) + "、" + paragraph.get(0));
			}
			lines.addAll(paragraph);
		}
		for (String code : List.of(LetterTemplateCodes.CLOSING, LetterTemplateCodes.SIGNATURE)) {
			lines.addAll(render(template(templates, code), letter));
		}
		return String.join("\n", lines);
	}

	private static List<String> item(Map<String, String> templates, LetterFacts facts, LetterFacts.Item item,
			Map<LetterPlaceholder, String> letter) {
		Map<LetterPlaceholder, String> values = new EnumMap<>(letter);
		values.put(LetterPlaceholder.ITEMS, describe(item));
		if (item.reply() == null) {
			return render(template(templates, LetterTemplateCodes.PENDING), values);
		}
		values.put(LetterPlaceholder.REPLY_TYPE, item.replyLabel());
		values.put(LetterPlaceholder.ARTICLE, item.reply().article(facts.rules()));
		if (item.ground() != null) {
			String phrase = String.join("",
					render(template(templates, LetterTemplateCodes.ground(item.ground())), letter));
			values.put(LetterPlaceholder.GROUND, trimEnd(phrase));
			values.put(LetterPlaceholder.GROUND_ARTICLE, item.ground().article(facts.rules()));
		}
		values.put(LetterPlaceholder.DOCUMENTS, item.documents()
			.stream()
			.map(d -> "《" + innerTitle(d.title()) + "》（索引号：" + d.indexNumber() + "，网址：" + d.url() + "）")
			.collect(Collectors.joining("、")));
		values.put(LetterPlaceholder.EXPLANATION, trimEnd(item.explanation()));
		return new ArrayList<>(render(template(templates, LetterTemplateCodes.reply(item.reply())), values));
	}

	private static Map<LetterPlaceholder, String> letterValues(LetterFacts facts) {
		Map<LetterPlaceholder, String> values = new EnumMap<>(LetterPlaceholder.class);
		values.put(LetterPlaceholder.APPLICANT, facts.applicant());
		values.put(LetterPlaceholder.RECEIVED_ON, chineseDate(facts.receivedOn()));
		values.put(LetterPlaceholder.TRACKING_NUMBER, facts.trackingNumber());
		values.put(LetterPlaceholder.ITEMS,
				facts.items().stream().map(LetterComposer::describe).collect(Collectors.joining("；")));
		values.put(LetterPlaceholder.REGULATIONS, regulations(facts.rules()));
		values.put(LetterPlaceholder.AGENCY, facts.agency());
		values.put(LetterPlaceholder.DATE, chineseDate(facts.date()));
		return values;
	}

	/** The template's lines with the values put in; sentences with an empty placeholder and empty lines dropped. */
	static List<String> render(String template, Map<LetterPlaceholder, String> values) {
		List<String> lines = new ArrayList<>();
		for (String line : template.replace("\r\n", "\n").split("\n")) {
			StringBuilder out = new StringBuilder();
			for (String sentence : sentences(line)) {
				fill(sentence, values, out);
			}
			if (!out.toString().isBlank()) {
				lines.add(out.toString().strip());
			}
		}
		return lines;
	}

	private static void fill(String sentence, Map<LetterPlaceholder, String> values, StringBuilder out) {
		Matcher m = PLACEHOLDER.matcher(sentence);
		StringBuilder filled = new StringBuilder();
		while (m.find()) {
			var placeholder = LetterPlaceholder.byLabel(m.group(1));
			if (placeholder.isEmpty()) {
				m.appendReplacement(filled, Matcher.quoteReplacement(m.group()));
				continue;
			}
			String value = values.get(placeholder.get());
			if (value == null || value.isBlank()) {
				return;
			}
			m.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		m.appendTail(filled);
		out.append(filled);
	}

	private static List<String> sentences(String line) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < line.length(); i++) {
			if (SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0) {
				sentences.add(line.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < line.length()) {
			sentences.add(line.substring(start));
		}
		return sentences;
	}

	private static String template(Map<String, String> templates, String code) {
		String template = templates.get(code);
		if (template == null) {
			throw new IllegalStateException("reply-letter template " + code + " is missing from letter_template");
		}
		return template;
	}

	private static String describe(LetterFacts.Item item) {
		String description = trimEnd(item.description());
		return item.documentNumber() == null || item.documentNumber().isBlank() ? description
				: description + "（文号：" + item.documentNumber().strip() + "）";
	}

	/** The name of the regulations the application follows: the 2008 text is named by its date of effect. */
	static String regulations(RuleSet rules) {
		return rules == RuleSet.R2008 ? "2008年5月1日起施行的《中华人民共和国政府信息公开条例》" : "《中华人民共和国政府信息公开条例》";
	}

	/** A date as official documents write it: 2026年11月27日. */
	static String chineseDate(LocalDate date) {
		return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for the items of one application). */
	static String numeral(int n) {
		if (n >= 100) {
			return String.valueOf(n);
		}
		if (n < 10) {
			return String.valueOf(NUMERALS.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10);
	}

	/** A title inside 《》: the book-title marks it contains become single ones (〈〉), as Chinese typography nests them. */
	static String innerTitle(String title) {
		return title.replace('《', '〈').replace('》', '〉');
	}

	/** The text without trailing punctuation or spaces, so that a template's own 。 does not double it. */
	static String trimEnd(String text) {
		return text == null ? null : text.strip().replaceAll("[。；;，,.．\\s]+$", "");
	}

}
