package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.Comments;
import org.gongkai.support.MutableClock;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff side of a consultation in Chromium: the editor of 就业处 drafts it, the disclosure office publishes it
 * after the confidentiality review, a citizen's comment (through the facade) is approved in the moderation queue,
 * and after closing the editor groups the opinion, links the final decision and publishes the feedback. axe finds
 * nothing serious on the list, the form (also with errors), the moderation queue and the feedback page, on a
 * desktop and at 375 px. Time moves forward only: opening tomorrow, commenting the day after, closing a month on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-consultation-console-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class ConsultationConsoleBrowserIT {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Comments comments;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MutableClock clock;

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
	void aDraftIsPublishedCommentedModeratedAndAnsweredWithTheDecision() {
		signIn("editor");
		open("/admin/consultations");
		assertThat(Browser.seriousViolations(driver)).as("list").isEmpty();
		click("a[href='/admin/consultations/new']");
		assertThat(Browser.seriousViolations(driver)).as("form").isEmpty();
		type("title", "");
		pressAndWait(driver.findElement(By.id("contact")), Keys.ENTER);
		assertThat(text("#title-error")).contains("请填写标题");
		assertThat(Browser.seriousViolations(driver)).as("form with errors").isEmpty();
		type("title", "湖南省高校毕业生就业见习管理办法（征求意见稿）");
		type("explanation", "为规范就业见习工作，起草了本办法。");
		type("contact", "就业处 0731-84900000");
		type("draftText", "第一条　为规范就业见习工作，制定本办法。\n第二条　本办法适用于本省就业见习基地。\n"
				+ "第三条　见习期限一般为3至12个月。\n第四条　本办法自印发之日起施行。");
		click("form.consultation-form button[type=submit]");
		assertThat(text("h1")).isEqualTo("湖南省高校毕业生就业见习管理办法（征求意见稿）");
		assertThat(text(".draft-articles")).contains("第三条", "见习期限一般为3至12个月。");
		assertThat(text("#publish-refusal")).contains("保密审查员或公开办");
		String page = driver.getCurrentUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

		signIn("office");
		driver.get(page);
		click("#publish");
		assertThat(text("#phase")).isEqualTo("即将开始");

		at(LocalDate.now(clock).plusDays(1));
		comments.submit(id, new CommentForm(null, "刘女士", "liu@example.com", true, "建议见习期限最短不少于3个月的规定保持不变。"));
		signIn("editor");
		open("/admin/consultations/moderation");
		assertThat(Browser.seriousViolations(driver)).as("moderation queue").isEmpty();
		WebElement card = driver.findElement(By.xpath("//article[contains(., '建议见习期限最短')]"));
		assertThat(card.getText()).contains("l***@example.com", "湖南省高校毕业生就业见习管理办法");
		Browser.clickAndWait(driver, card.findElement(By.cssSelector("form[action$='/approve'] button")));
		assertThat(text("[role=status]")).contains("已审核通过并公开");

		at(LocalDate.now(clock).plusDays(31));
		open("/admin/consultations");
		assertThat(text("#awaiting + p + .table-wrap")).contains("湖南省高校毕业生就业见习管理办法");
		open("/admin/consultations/" + id + "/outcome");
		assertThat(Browser.seriousViolations(driver)).as("feedback page").isEmpty();
		type("summary", "关于见习期限的意见");
		new Select(driver.findElement(By.id("adoption"))).selectByVisibleText("采纳");
		driver.findElement(By.cssSelector(".group-comments input[type=checkbox]")).click();
		click("form.group-form button[type=submit]");
		assertThat(text("table.groups")).contains("关于见习期限的意见", "采纳");

		DocumentSummary decision = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0);
		type("document-lookup", decision.indexNumber());
		pressAndWait(driver.findElement(By.id("document-lookup")), Keys.ENTER);
		assertThat(text("#lookup-found")).contains(decision.title());
		type("outcome-summary", "共收到意见1条，已采纳。");
		click("form.outcome-form button[type=submit]");
		assertThat(text("#final-document-title")).contains(decision.title());
		click("#publish-outcome");
		assertThat(text("#outcome-published")).contains("意见采纳情况已于");

		driver.manage().window().setSize(new Dimension(375, 900));
		for (String path : List.of("/admin/consultations", "/admin/consultations/new", "/admin/consultations/moderation",
				"/admin/consultations/" + id + "/outcome", "/admin/consultations/" + id)) {
			open(path);
			assertThat(Browser.seriousViolations(driver)).as(path + " on a phone").isEmpty();
		}
	}

	private void at(LocalDate day) {
		clock.set(day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

	private void signIn(String username) {
		driver.manage().deleteAllCookies();
		open("/admin/login");
		type("username", username);
		type("password", TestAccounts.DEMO_PASSWORD);
		click("main form button[type=submit]");
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

	private void click(String css) {
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector(css)));
	}

	private void pressAndWait(WebElement element, CharSequence key) {
		element.sendKeys(key);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

}
