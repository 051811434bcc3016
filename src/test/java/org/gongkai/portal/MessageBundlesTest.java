package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the bundles: templates carry no hard-coded text, each bundle has the
 * same keys in Chinese and English, and every key a template names exists.
 */
class MessageBundlesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/** Attributes a person reads or hears; they must come from th:… variants. */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (Path zh : bundles()) {
			Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("English bundle for " + zh).exists();
			assertThat(load(en).stringPropertyNames()).as(en.toString())
				.containsExactlyInAnyOrderElementsOf(load(zh).stringPropertyNames());
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path zh : bundles()) {
			known.addAll(load(zh).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedVisibleText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : doc.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (hasWords(text.text()) && !replaced(element)) {
						hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				element.attributes()
					.asList()
					.stream()
					.filter(a -> VISIBLE_ATTRIBUTES.contains(a.getKey()) && hasWords(a.getValue()))
					.filter(a -> !(a.getKey().equals("value") && !"submit".equals(element.attr("type"))))
					.forEach(a -> hardCoded.add(TEMPLATES.relativize(template) + ": " + a.getKey() + "=" + a.getValue()));
			}
		}
		assertThat(hardCoded).as("visible text that does not come from a message bundle").isEmpty();
	}

	@Test
	void theCheckNoticesHardCodedText() {
		Element hardCoded = Jsoup.parse("<p>公开目录</p>").selectFirst("p");
		Element translated = Jsoup.parse("<p th:text=\"#{nav.catalogue}\">公开目录</p>").selectFirst("p");
		assertThat(hasWords(hardCoded.text()) && !replaced(hardCoded)).isTrue();
		assertThat(replaced(translated)).isTrue();
	}

	/** Text inside an element whose content Thymeleaf replaces (or in a Thymeleaf comment) is a placeholder. */
	static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| e.hasAttr("th:errors") || e.hasAttr("th:remove")) {
				return true;
			}
		}
		return false;
	}

	static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle);
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
