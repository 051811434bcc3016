package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shell ({@code portal}, {@code config}, the layouts and the portal's and error pages) names no module: neither
 * its package nor a path it serves. A module plugs in through {@code org.gongkai.common.shell}; a hand edit of the
 * shell for a module is what this test refuses (docs/modules.md).
 */
class ShellNamesNoModuleTest {

	private static final Path MAIN = Path.of("src/main/java/org/gongkai");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** The shell's own packages, and the vocabulary every module shares. */
	private static final Set<String> SHELL = Set.of("portal", "config", "common");

	/**
	 * What the shell may name, and why: identity signs staff in (the security chain is built on its token filter,
	 * its login and logout pages are the console's door); the search box in every page's header is the layout's
	 * (one site-wide form, not a section).
	 */
	private static final Map<String, String> ALLOWED = Map.of("identity", "sign-in under the security chain",
			"/search", "the header's site-wide search box");

	private static final Pattern MAPPING = Pattern.compile("@(?:Get|Post|Put|Delete|Patch|Request)Mapping\\(([^)]*)\\)");

	private static final Pattern LITERAL = Pattern.compile("\"(/[^\"]*)\"");

	@Test
	void theShellNamesNoModulePackageOrPath() throws IOException {
		List<String> modules = modules();
		Set<String> paths = modulePaths(modules);
		assertThat(paths).as("the scan finds the modules' paths").contains("/catalogue", "/admin/requests", "/apply");
		List<String> found = new ArrayList<>();
		for (Path file : shellFiles()) {
			String text = Files.readString(file);
			for (String module : modules) {
				if (!ALLOWED.containsKey(module) && text.contains("org.gongkai." + module)) {
					found.add(file + " names the package org.gongkai." + module);
				}
			}
			for (String path : paths) {
				if (!ALLOWED.containsKey(path)
						&& Pattern.compile(Pattern.quote(path) + "(?![\\w-])").matcher(text).find()) {
					found.add(file + " names the path " + path);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckNoticesAModulePath() throws IOException {
		Set<String> paths = modulePaths(modules());
		String handEdit = "<li><a th:href=\"@{/admin/requests}\">requests</a></li>";
		assertThat(paths.stream().filter(p -> Pattern.compile(Pattern.quote(p) + "(?![\\w-])").matcher(handEdit).find()))
			.containsExactly("/admin/requests");
	}

	/** Every top-level package under org.gongkai except the shell's. */
	private static List<String> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(MAIN)) {
			return dirs.filter(Files::isDirectory)
				.map(dir -> dir.getFileName().toString())
				.filter(name -> !SHELL.contains(name))
				.sorted()
				.toList();
		}
	}

	/**
	 * The paths the modules serve, cut to what names the module: {@code /catalogue}, {@code /admin/requests},
	 * {@code /api/v1/documents}, {@code /api/v1/admin/documents}.
	 */
	private static Set<String> modulePaths(List<String> modules) throws IOException {
		Set<String> paths = new TreeSet<>();
		for (String module : modules) {
			if (ALLOWED.containsKey(module)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(MAIN.resolve(module))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher mapping = MAPPING.matcher(Files.readString(file));
					while (mapping.find()) {
						Matcher literal = LITERAL.matcher(mapping.group(1));
						while (literal.find()) {
							String prefix = prefix(literal.group(1));
							if (prefix != null) {
								paths.add(prefix);
							}
						}
					}
				}
			}
		}
		return paths;
	}

	private static String prefix(String path) {
		String[] segments = path.substring(1).split("/");
		int keep = path.startsWith("/api/v1/admin/") ? 4 : path.startsWith("/api/v1/") ? 3
				: path.startsWith("/admin/") ? 2 : 1;
		if (segments.length < keep || segments[keep - 1].isEmpty() || segments[keep - 1].startsWith("{")) {
			return null;
		}
		return "/" + String.join("/", java.util.Arrays.copyOf(segments, keep));
	}

	private static List<Path> shellFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path dir : List.of(MAIN.resolve("portal"), MAIN.resolve("config"), TEMPLATES.resolve("fragments"),
				TEMPLATES.resolve("portal"), TEMPLATES.resolve("error"))) {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		return files;
	}

}
