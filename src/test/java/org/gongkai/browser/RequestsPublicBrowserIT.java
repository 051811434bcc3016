package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A citizen applies for information in Chromium with the keyboard only (type, Space on radio buttons, Enter on
 * buttons and in fields), gets the receipt, and tracks the application; axe finds nothing serious on the form (also
 * with its errors), the receipt and the tracking pages, on a desktop and at 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class RequestsPublicBrowserIT {

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

	@AfterEach
	void desktop() {
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	@Test
	void aCitizenAppliesWithTheKeyboardGetsAReceiptAndTracksTheApplication() {
		open("/apply");
		assertThat(Browser.seriousViolations(driver)).as("application form").isEmpty();

		press("kind-NATURAL_PERSON", Keys.SPACE);
		type("personName", "周七");
		press("idType", Keys.ARROW_DOWN);
		assertThat(value("idType")).isEqualTo("RESIDENT_ID");
		type("idNumber", "430104199001011230");
		type("email", "zhouqi@example.com");
		type("item-0-description", "2026年职业技能培训补贴标准");
		pressAndWait(driver.findElement(By.name("addItem")), Keys.ENTER);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus on the new item")
			.isEqualTo("item-1-description");
		driver.switchTo().activeElement().sendKeys("2026年就业见习基地名单");
		press("wantedForm-EMAIL", Keys.SPACE);
		press("delivery-EMAIL", Keys.SPACE);
		pressAndWait(driver.findElement(By.id("postcode")), Keys.ENTER);

		assertThat(text(".error-summary")).contains("联系电话");
		assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");
		assertThat(value("item-1-description")).isEqualTo("2026年就业见习基地名单");
		assertThat(Browser.seriousViolations(driver)).as("application form with errors").isEmpty();
		driver.findElement(By.cssSelector(".error-summary a[href='#phone']")).sendKeys(Keys.ENTER);
		type("phone", "0731-84901234");
		pressAndWait(driver.findElement(By.id("phone")), Keys.ENTER);

		assertThat(text("h1")).isEqualTo("申请已提交");
		String number = text("#tracking-number");
		String code = text("#query-code");
		assertThat(number).matches("YS2026-\\d{5}");
		assertThat(code).matches("[A-Z2-9]{8}");
		String receiptUrl = driver.getCurrentUrl();
		assertThat(receiptUrl).contains("/apply/receipt/");
		assertThat(Browser.seriousViolations(driver)).as("receipt").isEmpty();

		Browser.clickAndWait(driver, driver.findElement(By.linkText("查询办理进度")));
		assertThat(value("trackingNumber")).isEqualTo(number);
		assertThat(Browser.seriousViolations(driver)).as("tracking form").isEmpty();
		type("queryCode", code);
		pressAndWait(driver.findElement(By.id("queryCode")), Keys.ENTER);
		assertThat(text("h1")).isEqualTo("申请 " + number);
		assertThat(text("#request-status")).isEqualTo("已受理");
		assertThat(text("#clock-due")).startsWith("2026年12月25日");
		assertThat(text(".items-table")).contains("2026年职业技能培训补贴标准", "2026年就业见习基地名单");
		assertThat(Browser.seriousViolations(driver)).as("tracking page").isEmpty();

		driver.manage().window().setSize(new Dimension(375, 900));
		open("/apply");
		assertThat(Browser.seriousViolations(driver)).as("application form on a phone").isEmpty();
		driver.get(receiptUrl);
		assertThat(text("#query-code")).as("the same browser sees its receipt again").isEqualTo(code);
		assertThat(Browser.seriousViolations(driver)).as("receipt on a phone").isEmpty();
		open("/track?number=" + number);
		assertThat(Browser.seriousViolations(driver)).as("tracking form on a phone").isEmpty();
		type("queryCode", "WRONG234");
		pressAndWait(driver.findElement(By.id("queryCode")), Keys.ENTER);
		assertThat(text("#track-not-found")).contains("不正确");
		assertThat(Browser.seriousViolations(driver)).as("not found on a phone").isEmpty();
		type("queryCode", code);
		pressAndWait(driver.findElement(By.id("queryCode")), Keys.ENTER);
		assertThat(text("#request-status")).isEqualTo("已受理");
		assertThat(Browser.seriousViolations(driver)).as("tracking page on a phone").isEmpty();
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private void press(String id, CharSequence key) {
		driver.findElement(By.id(id)).sendKeys(key);
	}

	/** A key that submits a form (Enter in a field or on a button): waits until the page it leads to replaced this one. */
	private static void pressAndWait(WebElement element, CharSequence key) {
		element.sendKeys(key);
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

	private String value(String id) {
		return driver.findElement(By.id(id)).getAttribute("value");
	}

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

}
