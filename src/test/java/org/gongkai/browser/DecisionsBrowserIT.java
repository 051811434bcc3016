package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * The disclosure office records a major decision in Chromium: creates it for 就业处, records the five procedures
 * (risk assessment as not applicable, with the reason), uploads the expert opinion, is refused publication while a
 * procedure is missing, then publishes; the public finds it in /decisions with its procedure record and evidence.
 * axe finds nothing serious on the console's procedure page, the list and the decision page, on a desktop and at
 * 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class DecisionsBrowserIT {

	static final String TITLE = "调整全省失业保险金标准";

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

	@Test
	void theOfficeRecordsTheFiveProceduresAndPublishesAndThePublicSeesTheRecord() throws IOException {
		driver.manage().window().setSize(new Dimension(1280, 1000));
		signIn("office");
		open("/admin/decisions");
		Browser.clickAndWait(driver, driver.findElement(By.linkText("新建决策记录")));
		type("title", TITLE);
		type("summary", "根据物价变动和失业保险基金支撑能力，调整全省失业保险金月发放标准。");
		new Select(driver.findElement(By.id("unitId"))).selectByVisibleText("就业处");
		setValue("decidedOn", "2026-11-20");
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(text("h1")).isEqualTo(TITLE);
		String decisionUrl = driver.getCurrentUrl();

		record("public-participation", "2026-09-15", "通过厅门户网站公开征求意见30日，收到意见21条。");
		record("expert-review", "2026-10-10", "召开专家论证会，5名专家参加。");
		driver.findElement(By.id("file")).sendKeys(opinion().toAbsolutePath().toString());
		Browser.clickAndWait(driver, driver.findElement(By.xpath("//button[text()='上传']")));
		assertThat(text(".notice")).contains("专家论证意见.pdf");
		assertThat(Browser.seriousViolations(driver)).as("procedure page with evidence").isEmpty();

		open("/admin/decisions/" + idOf(decisionUrl) + "/procedures/risk-assessment");
		driver.findElement(By.id("notApplicable-yes")).sendKeys(Keys.SPACE);
		type("description", "标准调整按既定公式测算，不涉及社会稳定风险。");
		pressEnterOn("responsibleUnit");
		record("legality-review", "2026-11-05", "法规处出具合法性审查意见，认为方案合法。");

		driver.get(decisionUrl);
		Browser.clickAndWait(driver, driver.findElement(By.xpath("//button[text()='公开']")));
		assertThat(text("#refusal")).contains("集体讨论决定");

		record("collective-decision", "2026-11-20", "厅务会集体讨论通过。");
		driver.get(decisionUrl);
		Browser.clickAndWait(driver, driver.findElement(By.xpath("//button[text()='公开']")));
		assertThat(text(".notice")).contains("已公开");

		open("/decisions");
		assertThat(Browser.seriousViolations(driver)).as("decision list").isEmpty();
		WebElement row = driver.findElement(By.xpath("//tr[.//a[text()='" + TITLE + "']]"));
		assertThat(row.getText()).contains("已履行 4/5 项", "1 项不适用", "2026-11-20");
		Browser.clickAndWait(driver, row.findElement(By.linkText(TITLE)));
		assertThat(text("h1")).isEqualTo(TITLE);
		assertThat(text("#procedure-risk-assessment")).contains("不适用", "不涉及社会稳定风险");
		assertThat(text("#procedure-expert-review")).contains("2026-10-10", "专家论证意见.pdf");
		assertThat(Browser.seriousViolations(driver)).as("decision page").isEmpty();
		String publicUrl = driver.getCurrentUrl();

		driver.manage().window().setSize(new Dimension(375, 900));
		open("/decisions");
		assertThat(Browser.seriousViolations(driver)).as("decision list on a phone").isEmpty();
		driver.get(publicUrl);
		assertThat(Browser.seriousViolations(driver)).as("decision page on a phone").isEmpty();
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	private void record(String procedure, String date, String description) {
		open("/admin/decisions/" + idOf(currentDecision()) + "/procedures/" + procedure);
		setValue("completedOn", date);
		type("description", description);
		pressEnterOn("responsibleUnit");
		assertThat(text(".notice")).contains("已保存");
	}

	private String lastDecision;

	private String currentDecision() {
		String url = driver.getCurrentUrl();
		if (url.matches(".*/admin/decisions/\\d+.*")) {
			lastDecision = url;
		}
		return lastDecision;
	}

	private static String idOf(String url) {
		return url.replaceAll(".*/admin/decisions/(\\d+).*", "$1");
	}

	private void signIn(String username) {
		driver.manage().deleteAllCookies();
		open("/admin/login");
		type("username", username);
		type("password", TestAccounts.DEMO_PASSWORD);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/** Submits the form with Enter in one of its text fields, as a keyboard user does. */
	private void pressEnterOn(String id) {
		WebElement field = driver.findElement(By.id(id));
		field.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				field.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	private void type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Date inputs take keyboard input in the browser's locale format; set the ISO value directly. */
	private void setValue(String id, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
				value);
	}

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	private static Path opinion() throws IOException {
		Path file = Path.of("target", "decisions-it", "专家论证意见.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, "%PDF-1.4\n% expert opinion\n".getBytes(StandardCharsets.US_ASCII));
		return file;
	}

}
