package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 3's journey as its users live it: an editor of 就业处 drafts a document with a PDF, the disclosure
 * office approves it, the public finds it in the catalogue, its feed and search (by a word only inside the
 * PDF); the editor marks it repealed with a successor, the banner shows; it is withdrawn and gone everywhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-catalogue-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class CatalogueJourneyIT {

	static WebDriver driver;

	int visits;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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
	void aDocumentGoesFromDraftToPublicToRepealedToWithdrawn() throws IOException {
		String word = "zebrafinch" + UUID.randomUUID().toString().substring(0, 6);
		String title = "关于开展高校毕业生就业见习工作的通知（" + word.substring(10) + "）";
		Path pdf = pdfContaining("Internship subsidy rules " + word);

		signIn("editor");
		open("/admin/documents/new");
		type("title", title);
		type("summary", "就业见习补贴的申领条件和程序。");
		type("documentNumber", "湘人社函〔2026〕88号");
		new Select(driver.findElement(By.id("categoryId"))).selectByVisibleText("就业创业");
		new Select(driver.findElement(By.id("documentType"))).selectByVisibleText("通知公告");
		setValue("formedOn", "2026-11-20");
		type("body", "<p>各市州人力资源和社会保障局：现就开展就业见习工作通知如下。</p>");
		click("main form button[type=submit]");
		waitForUrl("/admin/documents/\\d+$");
		String documentPage = driver.getCurrentUrl();
		long id = Long.parseLong(documentPage.substring(documentPage.lastIndexOf('/') + 1));

		driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		click("form[action*='/attachments'] button[type=submit]");
		assertThat(text("main")).contains(pdf.getFileName().toString());
		click("form[action$='/submit'] button");

		signIn("office");
		driver.get(documentPage);
		driver.findElement(By.cssSelector("input[name=conclusion][value=DISCLOSABLE]")).click();
		click("form[action$='/review'] button");

		signIn("editor");
		driver.get(documentPage);
		click("form[action$='/publish'] button");
		String indexNumber = jdbc.queryForObject("select index_number from catalogue_document where id = ?",
				String.class, id);
		assertThat(indexNumber).matches("000014349/2026-\\d{5}");

		signOut();
		open("/catalogue");
		assertThat(text("main")).contains(title);
		assertThat(Browser.seriousViolations(driver)).as("catalogue page").isEmpty();
		open("/catalogue/documents/" + id);
		assertThat(text("main")).contains(title, indexNumber, "湘人社函〔2026〕88号", "就业创业", "2026-11-20",
				pdf.getFileName().toString());
		assertThat(Browser.seriousViolations(driver)).as("document page").isEmpty();
		open("/catalogue/feed.atom");
		assertThat(driver.getPageSource()).contains(title);
		open("/search?q=" + word);
		assertThat(text("main")).contains(title);
		assertThat(Browser.seriousViolations(driver)).as("search page").isEmpty();

		String successor = jdbc.queryForObject(
				"select index_number from catalogue_document where status = 'PUBLISHED' and index_number is not null and id <> ? order by id limit 1",
				String.class, id);
		signIn("editor");
		driver.get(documentPage);
		new Select(driver.findElement(By.id("validity"))).selectByValue("REPEALED");
		setValue("since", "2026-11-27");
		type("successorIndexNumber", successor);
		click("form[action$='/validity'] button");
		assertThat(driver.findElements(By.cssSelector("main .error"))).as("errors after the validity change")
			.extracting(WebElement::getText)
			.allMatch(String::isBlank);
		signOut();
		open("/catalogue/documents/" + id);
		assertThat(text("main")).contains("废止");
		assertThat(driver.findElements(By.cssSelector("main a[href^='/catalogue/documents/']"))).isNotEmpty();

		signIn("editor");
		driver.get(documentPage);
		type("withdraw-reason", "内容已由新文件替代");
		click("form[action$='/withdraw'] button");
		signOut();
		open("/catalogue/documents/" + id);
		assertThat(text("main h1")).isEqualTo("页面不存在");
		open("/catalogue");
		assertThat(text("main")).doesNotContain(title);
		open("/search?q=" + word);
		assertThat(text("main")).doesNotContain(title);
		open("/catalogue/feed.atom");
		assertThat(driver.getPageSource()).doesNotContain(title);
	}

	private void signIn(String username) {
		driver.manage().deleteAllCookies();
		open("/admin/login");
		type("username", username);
		type("password", TestAccounts.DEMO_PASSWORD);
		click("main form button[type=submit]");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	private void signOut() {
		driver.manage().deleteAllCookies();
	}

	/** Public pages may be cached for a minute (Cache-Control max-age): each visit asks with a fresh URL. */
	private void open(String path) {
		driver.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "visit=" + (++visits));
	}

	private void waitForUrl(String regex) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*" + regex));
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

	/** Clicks a form's button and waits for the page it leads to, so that no POST is cut short. */
	private void click(String css) {
		WebElement button = driver.findElement(By.cssSelector(css));
		Browser.clickAndWait(driver, button);
	}

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	private static Path pdfContaining(String text) throws IOException {
		Path file = Path.of("target", "见习通知附件-" + UUID.randomUUID().toString().substring(0, 4) + ".pdf");
		Files.createDirectories(file.getParent());
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(file.toFile());
		}
		return file;
	}

}
