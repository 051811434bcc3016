package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Classic XSS and template-injection payloads, and the check that a page rendered from them runs nothing: no
 * script from the input, no event-handler attribute, no {@code javascript:} link, no frame, and no Thymeleaf
 * expression evaluated (each sums to {@link #EVALUATED}, a number that appears nowhere else).
 */
final class Payloads {

	/** What the template-injection payloads would print if they were evaluated. */
	static final String EVALUATED = "73519";

	static final List<String> ALL = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>", "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>",
			"\" onmouseover=\"alert(1)\" x=\"", "' onfocus='alert(1)' autofocus x='",
			"</textarea><script>alert(1)</script>", "<iframe src=javascript:alert(1)></iframe>",
			"<svg><script>alert(1)</script></svg>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<details open ontoggle=alert(1)>", "[[${73510+9}]]", "[(${73510+9})]", "__${73510+9}__",
			"${73510+9}", "*{73510+9}", "#{73510+9}", "@{73510+9}", "~{73510+9}");

	private Payloads() {
	}

	/** Payloads that fit a field of at most {@code max} characters, two to a value where they fit. */
	static List<String> within(int max) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < ALL.size(); i += 2) {
			String pair = i + 1 < ALL.size() ? ALL.get(i) + " " + ALL.get(i + 1) : ALL.get(i);
			if (pair.length() <= max) {
				values.add(pair);
			}
			else {
				values.add(ALL.get(i));
				if (i + 1 < ALL.size()) {
					values.add(ALL.get(i + 1));
				}
			}
		}
		return values;
	}

	/** Everything in {@code html} that would run in a browser, described; empty when nothing would. */
	static List<String> executable(String html) {
		Document page = Jsoup.parse(html);
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			String tag = element.normalName();
			if (tag.equals("script") && (!element.hasAttr("src") || element.data().contains("alert"))) {
				found.add("inline script: " + element.outerHtml());
			}
			if (List.of("iframe", "object", "embed", "frame", "base").contains(tag)) {
				found.add(tag + ": " + element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					found.add("event handler " + name + " on " + tag);
				}
				if (List.of("href", "src", "action", "formaction", "xlink:href", "data").contains(name)
						&& value.replaceAll("\\s", "").startsWith("javascript:")) {
					found.add("javascript: URL in " + tag + "[" + name + "]");
				}
			}
		}
		if (page.html().contains(EVALUATED)) {
			found.add("a template expression from the input was evaluated");
		}
		return found;
	}

	static void assertInert(String where, String html) {
		assertThat(executable(html)).as(where).isEmpty();
	}

}
