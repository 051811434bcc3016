package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor opens the power list, finds 劳务派遣经营许可 delegated today, sets the list back to the end of 2018 where
 * it is still retained, opens the item and reads its history with the delegation of 2019 marked as later. axe finds
 * nothing serious and nothing scrolls sideways on the list and the item page, at 1280 and 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser-powers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class PowersBrowserIT {

	private static final String ITEM = "劳务派遣经营许可";

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
	void theListAsOfADateAndAnItemsHistory() {
		Browser.viewport(driver, 1280);
		driver.get("http://localhost:" + port + "/powers?q=" + ITEM);
		WebElement row = driver.findElement(By.xpath("//tr[td/a[text()='" + ITEM + "']]"));
		assertThat(row.getText()).contains("下放", "2019-04-01");
		checkPage("the list");

		WebElement asOf = driver.findElement(By.id("f-asof"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '2018-12-31'", asOf);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.filters button[type=submit]")));
		assertThat(driver.findElement(By.id("as-of-count")).getText()).contains("2018年12月31日");
		row = driver.findElement(By.xpath("//tr[td/a[text()='" + ITEM + "']]"));
		assertThat(row.getText()).contains("保留", "2015-06-30").doesNotContain("下放");
		checkPage("the list as of 2018");

		Browser.clickAndWait(driver, row.findElement(By.linkText(ITEM)));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(ITEM);
		assertThat(driver.findElement(By.id("item-status")).getText()).contains("2018年12月31日", "保留");
		String history = driver.findElement(By.cssSelector("table.history")).getText();
		assertThat(history).contains("2015-06-30", "湘政办发〔2015〕55号", "2019-04-01", "湘政发〔2019〕8号", "所选日期之后");
		assertThat(driver.findElement(By.cssSelector("ul.basis")).getText()).contains("中华人民共和国劳动合同法", "第五十七条");
		checkPage("the item as of 2018");
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
