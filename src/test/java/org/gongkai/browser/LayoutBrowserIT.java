package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Every public and console page type, in Chinese and in English: nothing scrolls sideways on a 320 and a 375 px
 * phone, axe finds nothing serious or critical (at 1280 px in Chinese, on a 375 px phone in English), and every
 * title ends with the site's name. One browser, one application; pages are found by following the demo data's
 * links, so a page type with no demo record fails rather than being skipped. Screenshots of a few pages at 375 and
 * 1280 px go to target/layout-screens for a person to look at.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-layout;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"gongkai.data-dir=target/test-data-layout" })
class LayoutBrowserIT {

	private static final Path SCREENS = Path.of("target", "layout-screens");

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Value("${gongkai.site.name}")
	String siteName;

	@Value("${gongkai.site.name-en}")
	String siteNameEn;

	private final List<String> problems = new ArrayList<>();

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void everyPageFitsAPhoneAndPassesAxeInBothLanguages() throws Exception {
		for (String language : List.of("zh-CN", "en")) {
			driver.manage().deleteAllCookies();
			for (Map.Entry<String, String> page : publicPages(language).entrySet()) {
				check(page.getKey(), page.getValue(), language);
			}
			signIn("admin", TestAccounts.ADMIN_PASSWORD);
			for (Map.Entry<String, String> page : adminPages(language).entrySet()) {
				check(page.getKey(), page.getValue(), language);
			}
			signIn("office", TestAccounts.DEMO_PASSWORD);
			for (Map.Entry<String, String> page : officePages(language).entrySet()) {
				check(page.getKey(), page.getValue(), language);
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The public page types, each found from the demo data. */
	private Map<String, String> publicPages(String language) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("catalogue", "/catalogue");
		pages.put("document", firstLink("/catalogue", "table.documents td.title a"));
		pages.put("print view", pages.get("document") + "/print");
		pages.put("search with results", "/search?q=%E5%B0%B1%E4%B8%9A");
		pages.put("guide", "/guide");
		pages.put("apply form", "/apply");
		pages.put("track", "/track");
		pages.put("consultations", "/consultations");
		pages.put("consultation", firstLink("/consultations?phase=all", "main a[href^='/consultations/']:not([href*='comments'])"));
		pages.put("decisions", "/decisions");
		pages.put("decision", firstLink("/decisions", "main a[href^='/decisions/']"));
		pages.put("interpretations", "/interpretations");
		pages.put("interpretation", firstLink("/interpretations", "main a[href^='/interpretations/']"));
		pages.put("404 page", "/no-such-page");
		pages.put("high contrast, document", pages.get("document") + "?contrast=high");
		return pages;
	}

	private Map<String, String> adminPages(String language) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("dashboard", "/admin");
		pages.put("documents", "/admin/documents");
		pages.put("new document", "/admin/documents/new");
		String document = firstLink("/admin/documents", "main table a[href^='/admin/documents/']");
		pages.put("document (console)", document);
		pages.put("edit document", document + "/edit");
		pages.put("catalogue (console)", "/admin/catalogue");
		pages.put("categories", "/admin/categories");
		pages.put("guide (console)", "/admin/guide");
		pages.put("consultations (console)", "/admin/consultations");
		pages.put("decisions (console)", "/admin/decisions");
		pages.put("users", "/admin/users");
		pages.put("units", "/admin/units");
		pages.put("audit", "/admin/audit");
		pages.put("mail", "/admin/mail");
		pages.put("calendar", "/admin/calendar");
		pages.put("tokens", "/admin/tokens");
		pages.put("password", "/admin/password");
		pages.put("search (console)", "/admin/search");
		return pages;
	}

	private Map<String, String> officePages(String language) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("requests inbox", "/admin/requests");
		pages.put("request case", firstLink("/admin/requests", "main table a[href^='/admin/requests/']"));
		pages.put("statistics", "/admin/requests/statistics");
		pages.put("letter templates", "/admin/requests/letter-templates");
		pages.put("interpretations (console)", "/admin/interpretations");
		return pages;
	}

	private void check(String name, String path, String language) throws Exception {
		if (path == null) {
			problems.add(name + ": no page of this type in the demo data");
			return;
		}
		String where = name + " (" + language + ", " + path + ")";
		open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		String expectedSite = "en".equals(language) ? siteNameEn : siteName;
		if (!driver.getTitle().endsWith(" - " + expectedSite) && !("home".equals(name) && driver.getTitle().equals(expectedSite))) {
			problems.add(where + ": title \"" + driver.getTitle() + "\" does not end with the site name");
		}
		for (int width : new int[] { 320, 375 }) {
			viewport(width);
			List<String> wide = overflow();
			if (!wide.isEmpty()) {
				problems.add(where + " at " + width + " px scrolls sideways: " + wide);
			}
		}
		viewport("en".equals(language) ? 375 : 1280);
		Browser.seriousViolations(driver).forEach(violation -> problems.add(where + ": " + violation));
		screenshot(name, language);
	}

	/** Elements reaching past the right edge, when the page is wider than the window. */
	@SuppressWarnings("unchecked")
	private List<String> overflow() {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("""
				const width = window.innerWidth;
				if (document.documentElement.scrollWidth <= width) { return []; }
				const wide = [];
				for (const e of document.querySelectorAll('body *')) {
				  const r = e.getBoundingClientRect();
				  if (r.right > width + 1 && r.width > 0 && !e.closest('.table-wrap, .visually-hidden, .skip-link')) {
				    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(r.right));
				  }
				}
				return ['scrollWidth ' + document.documentElement.scrollWidth].concat(wide.slice(-6));
				""");
	}

	/**
	 * A window this wide. Desktop emulation, not mobile: a mobile viewport zooms out to fit a page that is too wide,
	 * which would hide the very overflow this test looks for.
	 */
	private void viewport(int width) {
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() == width);
	}

	private static final List<String> SCREENSHOTS = List.of("home", "catalogue", "document", "search with results",
			"documents", "requests inbox", "request case", "calendar", "consultation", "interpretation");

	private void screenshot(String name, String language) throws Exception {
		if (!SCREENSHOTS.contains(name)) {
			return;
		}
		Files.createDirectories(SCREENS);
		for (int width : new int[] { 375, 1280 }) {
			viewport(width);
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENS.resolve(name.replace(' ', '-') + "-" + language + "-" + width + ".png"), png);
		}
	}

	/** The first link of a list, waiting for the demo data (written in the background after start). */
	private String firstLink(String page, String css) {
		try {
			WebElement link = new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
				open(page);
				List<WebElement> links = d.findElements(By.cssSelector(css));
				return links.isEmpty() ? null : links.get(0);
			});
			String href = link.getAttribute("href");
			return href.substring(href.indexOf('/', "http://".length()));
		}
		catch (TimeoutException none) {
			return null;
		}
	}

	/** Signs in afresh (no display cookies left from the public pages: each page sets its language itself). */
	private void signIn(String username, String password) {
		driver.manage().deleteAllCookies();
		viewport(1280);
		open("/admin/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

}
