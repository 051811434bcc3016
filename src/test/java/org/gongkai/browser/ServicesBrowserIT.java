package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.powers.LegalBasis;
import org.gongkai.powers.PowerDraft;
import org.gongkai.powers.PowerStatus;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.Powers;
import org.gongkai.powers.StatusChange;
import org.gongkai.services.GuideDraft;
import org.gongkai.services.HandlingKind;
import org.gongkai.services.ItemLevel;
import org.gongkai.services.MaterialFile;
import org.gongkai.services.MaterialSource;
import org.gongkai.services.Medium;
import org.gongkai.services.Necessity;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServiceTheme;
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
 * An employer looks for 人力资源服务许可 in the service guides: chooses "法人（单位）办事", finds the guide, reads its
 * materials (with the blank form to download) and time limits, and follows the link to the power item. axe finds
 * nothing serious and nothing scrolls sideways on the list and the guide, at 1280 and at 375 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-browser-services;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"gongkai.data-dir=target/test-data" })
class ServicesBrowserIT {

	private static final String POWER = "经营性人力资源服务机构从事职业中介活动许可（浏览器测试）";

	private static final String GUIDE = "人力资源服务许可（浏览器测试）";

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Powers powers;

	@Autowired
	ServiceGuides guides;

	@Autowired
	UnitManagement units;

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
	void anEmployerFindsAGuideReadsItsMaterialsAndLimitsAndFollowsItToThePowerItem() {
		UnitView employment = units.all().stream().filter(u -> u.code().equals("employment")).findFirst().orElseThrow();
		Me office = new Me(0, "office", "公开办", units.all().stream().filter(u -> u.code().equals("office"))
			.findFirst().orElseThrow().id(), "办公室", Set.of(Role.DISCLOSURE_OFFICE));
		String power = powers.create(office, null, new PowerDraft(POWER, PowerType.LICENSING, List.of(),
				List.of(new LegalBasis("人力资源市场暂行条例", "第十八条", null)), "湖南省人力资源和社会保障厅", employment.id(),
				false, null, List.of(), null, null, null, "不收费", "20个工作日"),
				new StatusChange(PowerStatus.RETAINED, LocalDate.of(2015, 6, 30), "省级权力清单首次公布", "湘政办发〔2015〕55号"));
		String code = guides.create(office, guide(power, employment.id()), true);
		guides.attach(office, code, 0, MaterialFile.BLANK, "申请表.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		guides.publish(office, code);

		Browser.viewport(driver, 1280);
		open("/services");
		Browser.clickAndWait(driver, driver.findElement(By.linkText("法人（单位）办事")));
		assertThat(driver.getCurrentUrl()).contains("audience=EMPLOYERS");
		checkPage("the list of guides for employers");
		Browser.clickAndWait(driver, driver.findElement(By.linkText(GUIDE)));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(GUIDE);
		String materials = driver.findElement(By.cssSelector("table.materials")).getText();
		assertThat(materials).contains("人力资源服务许可申请表", "申请人自备", "纸质或电子", "必要", "空白表格",
				"经营场所使用证明");
		String facts = driver.findElement(By.cssSelector("dl.guide-facts")).getText();
		assertThat(facts).contains("法定办结时限（工作日）", "20 个工作日", "承诺办结时限（工作日）", "10 个工作日", "不收费");
		assertThat(driver.findElement(By.cssSelector("ol.steps")).getText()).contains("受理", "1 个工作日", "审查",
				"7 个工作日");
		checkPage("the guide");
		String guidePage = driver.getCurrentUrl();

		Browser.clickAndWait(driver, driver.findElement(By.cssSelector(".power-link a")));
		assertThat(driver.getCurrentUrl()).contains("/powers/" + power);
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains(POWER);

		Browser.viewport(driver, 375);
		driver.get(guidePage);
		checkPage("the guide on a phone");
		open("/services?audience=EMPLOYERS&q=" + java.net.URLEncoder.encode("人力资源服务", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(driver.findElement(By.cssSelector(".guide-list")).getText()).contains(GUIDE);
		checkPage("the list searched on a phone");
	}

	private static GuideDraft guide(String power, long unitId) {
		return new GuideDraft("IT" + power, GUIDE, power, unitId, ItemLevel.PROVINCIAL, HandlingKind.PROMISED,
				ServiceTheme.HR_MARKET, false, true, "《人力资源市场暂行条例》第十八条", "https://flk.npc.gov.cn/",
				"依法设立的法人或者其他组织；有开展业务必备的固定场所、办公设施和一定数额的开办资金。",
				"湖南省政务服务中心人力资源社会保障综合窗口（长沙市岳麓区）", "法定工作日 上午9:00-12:00，下午13:30-17:00",
				"0731-84900301", "0731-12345", 20, 10, true, "", "https://rst.hunan.gov.cn/", 0, "人力资源服务许可证",
				List.of(new GuideDraft.MaterialRow("人力资源服务许可申请表", MaterialSource.APPLICANT, Medium.BOTH,
						Necessity.REQUIRED, 1, "", false),
						new GuideDraft.MaterialRow("经营场所使用证明", MaterialSource.APPLICANT, Medium.PAPER,
								Necessity.REQUIRED, 1, "租赁期限不少于一年", false)),
				List.of(new GuideDraft.StepRow("受理", 1, "材料齐全的当场受理"), new GuideDraft.StepRow("审查", 7, "书面审查"),
						new GuideDraft.StepRow("决定", 2, "作出许可决定")),
				List.of(new GuideDraft.FaqRow("收费吗？", "不收费。")));
	}

	private void checkPage(String what) {
		int width = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue();
		assertThat(Browser.overflow(driver)).as(what + " at " + width + " px scrolls sideways").isEmpty();
		assertThat(Browser.seriousViolations(driver)).as(what + " at " + width + " px").isEmpty();
	}

	/** Public pages may be cached for a minute: each visit asks with a fresh URL. */
	private void open(String path) {
		driver.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "visit=" + (++visits));
	}

}
