package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.approvals.ApprovalCases;
import org.gongkai.approvals.ApprovalCategory;
import org.gongkai.approvals.Registered;
import org.gongkai.approvals.Registration;
import org.gongkai.approvals.SuspensionKind;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A citizen who applied for 工伤认定 looks up the case's progress: from the service guides to the lookup, a wrong
 * code first (not found), then the right one: the state, each dated step, the suspension and the due dates, the name
 * masked. axe finds nothing serious and nothing scrolls sideways, at 1280 and at 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser-approvals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"gongkai.data-dir=target/test-data" })
class ApprovalsBrowserIT {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	ApprovalCases cases;

	@Autowired
	UnitManagement units;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Clock clock;

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
	void aCitizenLooksUpTheProgressOfACaseWithItsNumberAndCode() {
		Me office = new Me(0, "office", "公开办", units.all().stream().filter(u -> u.code().equals("office"))
			.findFirst().orElseThrow().id(), "办公室", Set.of(Role.DISCLOSURE_OFFICE));
		Registered c = cases.register(office, new Registration("43000001507001", ApprovalCategory.NEW, "王小明", true,
				"430102199001011234", back(8), null, null));
		cases.accept(office, c.caseNumber(), back(7));
		cases.startReview(office, c.caseNumber(), back(6));
		cases.suspend(office, c.caseNumber(), SuspensionKind.ON_SITE_INSPECTION, back(4), "现场调查");
		cases.resume(office, c.caseNumber(), back(2));

		Browser.viewport(driver, 1280);
		driver.get("http://localhost:" + port + "/services");
		Browser.clickAndWait(driver, driver.findElement(By.linkText("办件进度查询")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("审批办件进度查询");
		checkPage("the empty lookup");
		lookUp(c.caseNumber(), "WRONG234");
		assertThat(driver.findElement(By.id("progress-not-found")).getText()).contains("请核对办件编号和查询码");
		checkPage("the lookup not found");
		lookUp(c.caseNumber(), c.queryCode());
		assertThat(driver.findElement(By.id("progress-state")).getText()).isEqualTo("审查中");
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("工伤认定", "王**", "收件", "受理", "开始审查", "现场核查", "承诺期限届满日")
			.doesNotContain("王小明", "430102199001011234");
		checkPage("the case's progress");

		Browser.viewport(driver, 375);
		driver.get("http://localhost:" + port + "/approvals/progress");
		lookUp(c.caseNumber(), c.queryCode());
		assertThat(driver.findElement(By.id("progress-state")).getText()).isEqualTo("审查中");
		checkPage("the case's progress on a phone");
		driver.get("http://localhost:" + port + "/approvals/progress?lang=en");
		lookUp(c.caseNumber(), c.queryCode());
		assertThat(driver.findElement(By.id("progress-state")).getText()).isEqualTo("Under review");
		checkPage("the case's progress in English on a phone");
	}

	private LocalDate back(int workingDaysBack) {
		return workingDays.workingDaysBefore(LocalDate.now(clock), workingDaysBack);
	}

	private void lookUp(String number, String code) {
		driver.findElement(By.id("caseNumber")).clear();
		driver.findElement(By.id("caseNumber")).sendKeys(number);
		driver.findElement(By.id("queryCode")).clear();
		driver.findElement(By.id("queryCode")).sendKeys(code);
		Browser.clickAndWait(driver, driver.findElement(By.id("progress-submit")));
	}

	private void checkPage(String what) {
		int width = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue();
		assertThat(Browser.overflow(driver)).as(what + " at " + width + " px scrolls sideways").isEmpty();
		assertThat(Browser.seriousViolations(driver)).as(what + " at " + width + " px").isEmpty();
	}

}
