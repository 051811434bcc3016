package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The main journeys in a real headless Chromium, with an axe-core accessibility scan of the key pages. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class BrowserJourneyIT {

	static WebDriver driver;

	@LocalServerPort
	int port;

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

	@BeforeEach
	void freshSession() {
		open("/");
		driver.manage().deleteAllCookies();
	}

	@Test
	void administratorAddsAUnitAndAUserAndFindsBothInTheAuditLog() {
		signInAsAdmin();
		assertThat(text("main")).contains("系统管理员", "湖南省人力资源和社会保障厅");

		String code = "t" + UUID.randomUUID().toString().substring(0, 6);
		String unitName = "测试处" + code;
		open("/admin/units");
		type("name", unitName);
		type("code", code);
		new Select(driver.findElement(By.id("kind"))).selectByValue("DIVISION");
		WebElement add = driver.findElement(By.cssSelector("form[action='/admin/units'] button[type=submit]"));
		Browser.clickAndWait(driver, add);
		assertThat(text(".notice")).contains(unitName);

		String username = "user-" + code;
		open("/admin/users/new");
		type("username", username);
		type("displayName", "测试 用户");
		new Select(driver.findElement(By.id("unitId"))).selectByVisibleText(unitName);
		driver.findElement(By.cssSelector("input[name=roles][value=UNIT_EDITOR]")).click();
		type("password", "short");
		submit();
		assertThat(text("#password-error")).contains("10");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
		type("password", "a-long-enough-password");
		submit();
		assertThat(text(".notice")).contains(username);

		open("/admin/audit");
		assertThat(text("table")).contains("created unit " + unitName).contains("created " + username);
		WebElement verify = driver.findElement(By.cssSelector("form[action='/admin/audit/verify'] button"));
		Browser.clickAndWait(driver, verify);
		assertThat(driver.findElement(By.cssSelector(".notice.ok")).getText()).contains("哈希链完整");
	}

	@Test
	void theHomePageSwitchesToEnglishAndHighContrastWithoutJavaScript() {
		open("/");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(text(".site-footer")).contains("网站标识码", "4300000077");
		driver.findElement(By.linkText("English")).click();
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(navigation()).contains("Catalogue");
		driver.findElement(By.linkText("High contrast")).click();
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("high-contrast");
		driver.findElement(By.linkText("Larger text")).click();
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("large-text",
				"high-contrast");
		open("/catalogue");
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("high-contrast");
		driver.findElement(By.linkText("中文")).click();
		assertThat(navigation()).contains("公开目录");
	}

	@Test
	void errorPagesStayInsideTheLayout() {
		open("/no-such-page");
		assertThat(text("main h1")).isEqualTo("页面不存在");
		assertThat(text(".site-footer")).contains("网站标识码");
		signInAsAdmin();
		open("/admin/users/999999");
		assertThat(text("main h1")).isEqualTo("页面不存在");
		driver.manage().deleteAllCookies();
		open("/admin");
		type("username", "editor");
		type("password", TestAccounts.DEMO_PASSWORD);
		submit();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
		open("/admin/units");
		assertThat(text("main h1")).isEqualTo("无权访问");
	}

	@Test
	void theFirstTabReachesTheSkipLink() {
		open("/");
		driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getAttribute("class")).contains("skip-link");
	}

	@Test
	void keyPagesHaveNoSeriousAccessibilityViolations() {
		open("/");
		assertThat(Browser.seriousViolations(driver)).as("home page").isEmpty();
		open("/admin/login");
		assertThat(Browser.seriousViolations(driver)).as("login page").isEmpty();
		signInAsAdmin();
		open("/admin/users/new");
		assertThat(Browser.seriousViolations(driver)).as("new-user page").isEmpty();
		open("/admin/units");
		assertThat(Browser.seriousViolations(driver)).as("units page").isEmpty();
		open("/?contrast=high");
		assertThat(Browser.seriousViolations(driver)).as("home page, high contrast").isEmpty();
	}

	@Test
	void theOfficeHeadApprovesAnExtensionAndTheRequestsConsolePassesTheScan() {
		signIn("officehead", TestAccounts.DEMO_PASSWORD);
		assertThat(text(".dashboard-cards")).as("the dashboard points at what falls due").contains("即将到期的申请")
			.contains("逾期申请");
		assertThat(Browser.seriousViolations(driver)).as("dashboard with due applications").isEmpty();
		driver.findElement(By.cssSelector(".dashboard-cards a[href$='view=due&within=5']")).click();
		assertThat(text("main tbody")).as("the card opens the applications falling due").contains("陈静");

		open("/admin/requests");
		assertThat(Browser.seriousViolations(driver)).as("requests inbox").isEmpty();
		WebElement pending = driver.findElement(By.xpath("//tr[.//span[contains(@class,'flag-extension')]]//a"));
		Browser.clickAndWait(driver, pending);
		assertThat(text("main")).contains("需向各技工院校调取核定材料");
		assertThat(Browser.seriousViolations(driver)).as("case page with its forms").isEmpty();
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#form-extensionDecision button[value=true]")));
		assertThat(text(".notice")).isNotBlank();
		assertThat(driver.findElements(By.id("form-extensionDecision"))).as("decided: no form any more").isEmpty();

		open("/admin/requests/statistics?year=2026");
		assertThat(Browser.seriousViolations(driver)).as("statistics").isEmpty();
		open("/admin/requests/letter-templates");
		assertThat(Browser.seriousViolations(driver)).as("letter templates").isEmpty();
		open("/admin/requests/new");
		assertThat(Browser.seriousViolations(driver)).as("registration").isEmpty();
	}

	@Test
	void theScanReportsAPageThatBreaksTheRules() {
		driver.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
		assertThat(Browser.seriousViolations(driver)).anyMatch(rule -> rule.startsWith("image-alt"));
	}

	private void signInAsAdmin() {
		signIn("admin", TestAccounts.ADMIN_PASSWORD);
	}

	private void signIn(String username, String password) {
		open("/admin");
		type("username", username);
		type("password", password);
		submit();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Submits the page's form and waits for the page it leads to. */
	private void submit() {
		WebElement button = driver.findElement(By.cssSelector("main form button[type=submit]"));
		Browser.clickAndWait(driver, button);
	}

	/**
	 * The navigation's words. On wide screens CSS shows the phone menu's closed {@code <details>} open, which WebDriver's
	 * visibility rule (nothing in a closed details but its summary is shown) does not know, so its text is read whole.
	 */
	private String navigation() {
		return driver.findElement(By.cssSelector(".site-nav ul")).getAttribute("textContent");
	}

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

}
