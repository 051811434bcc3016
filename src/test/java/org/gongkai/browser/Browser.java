package org.gongkai.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Debian Chromium through its chromedriver (no download, no network). Where Chromium is missing
 * the browser tests are skipped with the install command, except under CI ({@code CI=true}), where they fail.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String INSTALL = "Browser tests need Debian's Chromium: apt-get install chromium chromium-driver fonts-noto-cjk";

	/** A fresh profile per browser: no cookie (language, display switches) passes from one test class to the next. */
	private static final java.util.concurrent.atomic.AtomicInteger PROFILES = new java.util.concurrent.atomic.AtomicInteger();

	private Browser() {
	}

	static WebDriver start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(INSTALL + " (required when CI=true)");
			}
			Assumptions.abort(INSTALL);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=zh-CN",
				"--user-data-dir=" + Path.of("target", "chromium-profile-" + ProcessHandle.current().pid() + "-" + PROFILES.incrementAndGet())
					.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Clicks a button or link that leads to another page and waits until the old page is gone, so that the
	 * next step never cuts a form submission short. Chromium reports a page being replaced either as a stale
	 * element or as a node no longer in the document: both mean the old page is gone.
	 */
	static void clickAndWait(WebDriver driver, WebElement element) {
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	/** The axe-core rules of WCAG 2.1 A/AA that the page breaks with impact serious or critical. */
	static List<String> seriousViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		return results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}


	/**
	 * Elements reaching past the right edge when the page is wider than the window (what makes a phone scroll
	 * sideways), with the page's width first; empty when nothing does.
	 */
	@SuppressWarnings("unchecked")
	static List<String> overflow(WebDriver driver) {
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

	/** A window this wide, as a desktop (a mobile viewport would zoom out and hide the overflow). */
	static void viewport(WebDriver driver, int width) {
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() == width);
	}

}
