package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor goes from the power list to 双公示, opens the licensing list, filters it by a company's name, opens the
 * licence, then reads a penalty of a natural person whose name and ID number are masked. axe finds nothing serious
 * and nothing scrolls sideways on the list and the record pages, at 1280 and 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser-publicity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class PublicityBrowserIT {

	private static final String COMPANY = "长沙易聘劳务派遣有限公司";

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
	void theLicensingListARecordAndAMaskedPenalty() {
		Browser.viewport(driver, 1280);
		driver.get("http://localhost:" + port + "/powers");
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a[href='/publicity']")));
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a[href='/publicity/licensing']")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("行政许可公示");
		checkPage("the licensing list");

		driver.findElement(By.id("f-q")).sendKeys(COMPANY);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.filters button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).contains("1");
		WebElement row = driver.findElement(By.xpath("//tr[td[text()='" + COMPANY + "']]"));
		Browser.clickAndWait(driver, row.findElement(By.linkText("劳务派遣经营许可")));
		assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains(COMPANY, "91430102MA4R6C7D8E",
				"劳务派遣经营");
		checkPage("a licence");

		driver.get("http://localhost:" + port + "/publicity/penalties");
		new Select(driver.findElement(By.id("f-body"))).selectByIndex(1);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.filters button[type=submit]")));
		Browser.clickAndWait(driver, driver.findElement(By.xpath("//tr[td[text()='刘**']]//a")));
		assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("刘**", "430602********3428")
			.doesNotContain("刘芳");
		checkPage("a penalty of a natural person");
	}

	private void checkPage(String what) {
		for (int width : new int[] { 375, 1280 }) {
			Browser.viewport(driver, width);
			assertThat(Browser.overflow(driver)).as(what + " at " + width + " px scrolls sideways").isEmpty();
			assertThat(Browser.seriousViolations(driver)).as(what + " at " + width + " px").isEmpty();
		}
		Browser.viewport(driver, 1280);
	}

}
