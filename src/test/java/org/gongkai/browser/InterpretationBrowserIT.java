package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.RichText;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.interpretation.InterpretationTasks;
import org.gongkai.interpretation.Interpretations;
import org.gongkai.interpretation.TaskView;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A normative document of 就业处 is published; its editor finds the interpretation task in the console with the due
 * date three working days on, writes the interpretation from the task, the office reviews it and the editor
 * publishes it; the policy page then lists it and the interpretation page links back. axe finds nothing serious on
 * the list, the interpretation page and the console's task board, on a desktop and at 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class InterpretationBrowserIT {

	private static final String POLICY = "关于支持返乡入乡创业的通知";

	private static final String TITLE = "《关于支持返乡入乡创业的通知》政策解读";

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	InterpretationTasks tasks;

	@Autowired
	Interpretations interpretations;

	private int visits;

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
	void aPublishedPolicyIsInterpretedFromItsTaskAndBothLinkToEachOther() {
		driver.manage().window().setSize(new Dimension(1280, 1000));
		UnitView employment = unit("employment");
		Me editor = new Me(0, "editor", "就业处编辑", employment.id(), employment.name(), Set.of(Role.UNIT_EDITOR));
		Me office = new Me(0, "office", "公开办", unit("office").id(), "办公室", Set.of(Role.DISCLOSURE_OFFICE));
		long policy = workflow.createDraft(editor, new DocumentMetadata(POLICY, null, "湘人社规〔2026〕30号",
				"湖南省人力资源和社会保障厅", employment.id(), category("employment"), null, "行政规范性文件",
				LocalDate.of(2026, 11, 25), null, null, Disclosure.PROACTIVE, null,
				RichText.fromPlainText("对返乡入乡创业人员给予一次性创业补贴和创业担保贷款贴息。")));
		publish(editor, office, policy);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> tasks.board(office).due().stream().anyMatch(t -> t.policyId() == policy));

		signIn("editor");
		open("/admin/interpretations");
		WebElement row = driver.findElement(By.xpath("//tr[td/a[text()='" + POLICY + "']]"));
		// Published Fri 27 Nov 2026: Mon 30 Nov, Tue 1 Dec, Wed 2 Dec.
		assertThat(row.getText()).contains("2026-11-27", "2026-12-02");
		assertThat(Browser.seriousViolations(driver)).as("task board").isEmpty();
		Browser.clickAndWait(driver, row.findElement(By.linkText(POLICY)));
		Browser.clickAndWait(driver, driver.findElement(By.linkText("撰写解读")));
		assertThat(driver.findElement(By.id("policyId-help")).getText()).contains(POLICY);
		type("title", TITLE);
		type("body", "返乡入乡创业人员首次创办小微企业的，可申请一次性创业补贴。");
		driver.findElement(By.id("title")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/admin/documents/\\d+"));
		long document = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/admin/documents/(\\d+).*", "$1"));

		publish(editor, office, document);
		await().atMost(Duration.ofSeconds(10)).until(() -> !interpretations.ofPolicy(policy).isEmpty());
		TaskView done = tasks.board(office).due().stream().filter(t -> t.policyId() == policy).findFirst().orElse(null);
		assertThat(done).as("the task left the due list").isNull();

		open("/catalogue/documents/" + policy);
		assertThat(driver.findElement(By.cssSelector(".document-links")).getText()).contains("政策解读", TITLE);
		Browser.clickAndWait(driver, driver.findElement(By.linkText(TITLE)));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(Browser.seriousViolations(driver)).as("interpretation page").isEmpty();
		String page = driver.getCurrentUrl();
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector(".policy-link a")));
		assertThat(driver.getCurrentUrl()).contains("/catalogue/documents/" + policy);
		open("/interpretations");
		assertThat(driver.getPageSource()).contains(TITLE);
		assertThat(Browser.seriousViolations(driver)).as("interpretation list").isEmpty();

		driver.manage().window().setSize(new Dimension(375, 900));
		assertThat(Browser.seriousViolations(driver)).as("interpretation list on a phone").isEmpty();
		driver.get(page);
		assertThat(Browser.seriousViolations(driver)).as("interpretation page on a phone").isEmpty();
		open("/admin/interpretations");
		assertThat(Browser.seriousViolations(driver)).as("task board on a phone").isEmpty();
	}

	private void publish(Me editor, Me office, long id) {
		workflow.submit(editor, id);
		workflow.review(office, id, ReviewConclusion.DISCLOSABLE, null);
		workflow.publish(editor, id, null);
	}

	private UnitView unit(String code) {
		return units.all().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
	}

	private long category(String code) {
		return catalogue.categories().stream().filter(c -> c.code().equals(code)).findFirst()
			.map(CategoryView::id).orElseThrow();
	}

	private void signIn(String username) {
		driver.manage().deleteAllCookies();
		open("/admin/login");
		type("username", username);
		type("password", TestAccounts.DEMO_PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	/** Public pages may be cached for a minute: each visit asks with a fresh URL. */
	private void open(String path) {
		driver.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "visit=" + (++visits));
	}

	private void type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

}
