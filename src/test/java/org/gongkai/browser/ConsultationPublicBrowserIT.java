package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongkai.consultation.Phase;
import org.gongkai.consultation.PublicConsultations;
import org.gongkai.consultation.site.ConsultationFixtures;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A citizen comments on article 3 of an open draft in Chromium with the keyboard only (Enter on the article's
 * link, typing, Enter on the button), keeps the status code from the receipt and looks the comment up; once a
 * moderator approved it, it shows beside article 3. axe finds nothing serious on the list, the draft's page and the
 * receipt, on a desktop and at 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class ConsultationPublicBrowserIT {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void aCitizenCommentsOnArticleThreeWithTheKeyboardAndSeesItBesideTheArticleOnceApproved() {
		ConsultationFixtures fixtures = new ConsultationFixtures(context);
		long id = fixtures.open("湖南省吸纳就业补贴实施办法（征求意见稿）");
		long article3 = fixtures.articleId(id, 3);
		fixtures.concluded("湖南省就业见习管理办法（征求意见稿）");

		open("/consultations");
		assertThat(text(".consultation-list")).contains("湖南省吸纳就业补贴实施办法（征求意见稿）", "还剩30天");
		assertThat(Browser.seriousViolations(driver)).as("consultation list").isEmpty();
		pressAndWait(driver.findElement(By.linkText("湖南省吸纳就业补贴实施办法（征求意见稿）")), Keys.ENTER);
		assertThat(text("h1")).isEqualTo("湖南省吸纳就业补贴实施办法（征求意见稿）");
		assertThat(Browser.seriousViolations(driver)).as("consultation page").isEmpty();

		pressAndWait(driver.findElement(By.cssSelector("#article-" + article3 + " a.comment-on-article")), Keys.ENTER);
		assertThat(driver.getCurrentUrl()).endsWith("?article=" + article3 + "#comment-form");
		assertThat(driver.findElement(By.id("articleId")).getAttribute("value")).isEqualTo(String.valueOf(article3));
		type("body", "建议将补贴标准提高到每人每月800元。");
		type("name", "李女士");
		pressAndWait(driver.findElement(By.id("comment-submit")), Keys.ENTER);

		assertThat(text("h1")).isEqualTo("意见已提交");
		String code = text("#status-code");
		assertThat(code).matches("[A-Z2-9]{8}");
		String receiptUrl = driver.getCurrentUrl();
		assertThat(Browser.seriousViolations(driver)).as("receipt").isEmpty();
		pressAndWait(driver.findElement(By.id("status-link")), Keys.ENTER);
		type("code", code);
		pressAndWait(driver.findElement(By.id("code")), Keys.ENTER);
		assertThat(text("#comment-status")).isEqualTo("待审核");
		assertThat(text("#status-article")).isEqualTo("第三条");

		fixtures.approveAll(id);
		open("/consultations/" + id);
		assertThat(text("#article-" + article3 + " .article-comments")).contains("本条意见（1）", "李女士",
				"建议将补贴标准提高到每人每月800元。");
		assertThat(text("#general-comments")).doesNotContain("建议将补贴标准提高到每人每月800元。");
		open("/consultations?phase=concluded");
		pressAndWait(driver.findElement(By.linkText("湖南省就业见习管理办法（征求意见稿）")), Keys.ENTER);
		assertThat(text("#feedback")).contains("意见采纳情况", "部分采纳");
		assertThat(Browser.seriousViolations(driver)).as("concluded consultation").isEmpty();

		driver.manage().window().setSize(new Dimension(375, 900));
		open("/consultations");
		assertThat(Browser.seriousViolations(driver)).as("consultation list on a phone").isEmpty();
		open("/consultations/" + id);
		assertThat(Browser.seriousViolations(driver)).as("consultation page on a phone").isEmpty();
		type("body", "建议明确申领时限。");
		pressAndWait(driver.findElement(By.id("comment-submit")), Keys.ENTER);
		assertThat(text("#status-code")).matches("[A-Z2-9]{8}");
		assertThat(Browser.seriousViolations(driver)).as("receipt on a phone").isEmpty();
		driver.get(receiptUrl);
		assertThat(text("#receipt-shown")).contains("不会再次显示");
	}

	@Test
	void aLongDraftShowsItsWholePageAndCommentFormToAFirstTimeVisitor() {
		long demo = context.getBean(PublicConsultations.class)
			.page(Phase.OPEN, 0, 100)
			.getContent()
			.stream()
			.filter(c -> c.title().equals("湖南省就业补助资金管理办法（征求意见稿）"))
			.findFirst()
			.orElseThrow()
			.id();
		driver.manage().deleteAllCookies();
		open("/consultations/" + demo);
		assertThat(driver.findElements(By.id("comment-submit"))).as("the form after twelve articles").hasSize(1);
		assertThat(text("footer")).isNotBlank();
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** A key that leads to another page: waits until the page it leads to replaced this one. */
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

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

}
