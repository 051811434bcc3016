package org.gongkai.requests.console;

import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Articles of the Regulations as the reader's language cites them, for the console's and the tracking page's templates
 * ({@code ${@articles.cite(r.article(view.rules()))}}): the rules name them in Chinese (第三十六条第（一）项,
 * 《条例》第三十条), which English pages write Art. 36(1) and Regulations Art. 30. Chinese pages and anything that
 * is not a citation are left as they are.
 */
@Component("articles")
public class Articles {

	private static final Pattern CITATION = Pattern.compile(
			"(?:(\\d{4})年)?(《条例》)?第([零一二三四五六七八九十百]+)条(?:第（([一二三四五六七八九十]+)）项|第([一二三四五六七八九十]+)款)?");

	/** A citation in the reader's language; {@code null} gives {@code null}. */
	public String cite(String chinese) {
		Locale locale = LocaleContextHolder.getLocale();
		if (chinese == null || !"en".equals(locale.getLanguage())) {
			return chinese;
		}
		Matcher m = CITATION.matcher(chinese);
		if (!m.matches()) {
			return chinese;
		}
		try {
			StringBuilder english = new StringBuilder();
			if (m.group(1) != null) {
				english.append(m.group(1)).append(' ');
			}
			if (m.group(2) != null) {
				english.append("Regulations ");
			}
			english.append("Art. ").append(number(m.group(3)));
			if (m.group(4) != null) {
				english.append('(').append(number(m.group(4))).append(')');
			}
			if (m.group(5) != null) {
				english.append(" para. ").append(number(m.group(5)));
			}
			return english.toString();
		}
		catch (ParseException ex) {
			return chinese;
		}
	}

	/** 三十六 → 36, by ICU's Chinese spell-out rules (a formatter is not thread-safe: one per call). */
	private static long number(String chinese) throws ParseException {
		return new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT).parse(chinese)
			.longValue();
	}

}
