package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.site.SiteFixtures;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The public catalogue in Chromium: browse, filter, open a repealed document, follow its successor; axe-clean. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class CatalogueSiteBrowserIT {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void aVisitorBrowsesFiltersAndFollowsARepealedDocumentToItsSuccessor() throws Exception {
		SiteFixtures fixtures = new SiteFixtures(workflow, attachments, jdbc, clock, mvc);
		long category = fixtures.category("employment");
		long old = fixtures.publish("浏览器测试：旧版就业补贴办法", category);
		long current = fixtures.publish("浏览器测试：新版就业补贴办法", category);
		fixtures.repeal(old, LocalDate.of(2026, 12, 1), current);

		open("/catalogue");
		assertThat(Browser.seriousViolations(driver)).as("catalogue").isEmpty();
		new Select(driver.findElement(By.id("f-validity"))).selectByValue("REPEALED");
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.filters button[type=submit]")));
		assertThat(driver.getCurrentUrl()).endsWith("/catalogue?validity=REPEALED");
		Browser.clickAndWait(driver, driver.findElement(By.linkText("浏览器测试：旧版就业补贴办法")));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("浏览器测试：旧版就业补贴办法");
		assertThat(driver.findElement(By.cssSelector(".validity-banner")).getText()).contains("2026-12-01");
		assertThat(Browser.seriousViolations(driver)).as("repealed document").isEmpty();
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector(".validity-banner a")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("浏览器测试：新版就业补贴办法");

		open("/catalogue/documents/" + old + "?contrast=high");
		assertThat(Browser.seriousViolations(driver)).as("document, high contrast").isEmpty();
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(375, 900));
		open("/catalogue");
		assertThat(Browser.seriousViolations(driver)).as("catalogue on a phone").isEmpty();
		open("/guide");
		assertThat(Browser.seriousViolations(driver)).as("guide on a phone").isEmpty();
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

}
