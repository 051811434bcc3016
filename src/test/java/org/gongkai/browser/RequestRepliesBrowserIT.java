package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SmtpServer;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16's "done when" journeys, clicked through in Chromium on a server whose clock stands on Monday 28 December
 * 2026, before the 2027 holiday notice is out. First the reply: an applicant applies online for online delivery, the
 * office assigns the case, the handler decides one item released and one withheld with its ground, attaches two
 * files and replies; the applicant reads the letter and downloads both files (the bytes compared) on /track with
 * the code and from the mailed link, and the "may change" warning of the provisional due date is gone. Then the
 * provisional date: an application received that day is due after New Year's Day, marked provisional on the
 * receipt, /track and the case page; extended (proposed by the handler, approved by the office head) it runs across
 * the Spring Festival; the office uploads a 2027 notice with bridge days, sees how many deadlines move, confirms,
 * and the applicant sees the new date with a timeline line and gets an e-mail. Axe and the sideways-scroll check
 * run on /track with the reply and on the case page at 375 and 1280 px, in Chinese and English; screenshots go to
 * target/journey-screens for a person to look at. One server and one browser for both journeys, in this order.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@ExtendWith(SmtpServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:gongkai-journeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"gongkai.data-dir=target/test-data-journeys", "spring.mail.host=127.0.0.1",
		"spring.mail.port=${" + SmtpServer.PORT_PROPERTY + "}",
		// The server's clock stands still: the tracking lookups of both journeys fall in one rate-limit window.
		"gongkai.rate-limits.track.requests=500" })
class RequestRepliesBrowserIT {

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	static final Path SCREENS = Path.of("target", "journey-screens");

	static final Path DOWNLOADS = Path.of("target", "journey-downloads").toAbsolutePath();

	static final byte[] PDF = "%PDF-1.4\n%就业补助资金分配表\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final String WARNING_ZH = "暂定：取决于2027年的节假日安排";

	static final String WARNING_EN = "Provisional: depends on the 2027 holiday notice";

	/**
	 * No 2027 notice is shipped (/work/shared/data stops at 2026): a plausible one in the shape of the 2021 and 2026
	 * notices. 元旦 on Friday 1 January with its weekend; the Spring Festival from 除夕 (Friday 5 February) to
	 * Thursday 11 February, the statutory 除夕 to 初三 plus the bridge days 9 to 11 February, Saturday 20 February
	 * worked in exchange.
	 */
	static final String NOTICE_2027 = """
			date,kind,name
			2027-01-01,holiday,元旦
			2027-02-05,holiday,春节
			2027-02-06,holiday,春节
			2027-02-07,holiday,春节
			2027-02-08,holiday,春节
			2027-02-09,holiday,春节
			2027-02-10,holiday,春节
			2027-02-11,holiday,春节
			2027-02-20,workday,春节
			""";

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void startBrowser() throws IOException {
		driver = Browser.start();
		Files.createDirectories(DOWNLOADS);
		((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void onTheTwentyEighthOfDecember() {
		clock.set(LocalDate.of(2026, 12, 28).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
		driver.manage().deleteAllCookies();
		Browser.viewport(driver, 1280);
	}

	@Test
	@Order(1)
	void theApplicantReadsTheReplyAndDownloadsBothFilesOnTrackAndFromTheMailedLink() throws Exception {
		String mail = "reply-journey@example.com";
		Receipt receipt = apply(mail, List.of("2025年就业补助资金分配文件", "2025年就业补助资金分配的内部讨论记录"));
		track(receipt, "zh-CN");
		assertThat(text("main")).as("before the reply the due date is provisional").contains(WARNING_ZH);

		signIn("office");
		long id = caseId(receipt);
		openCase(id);
		assign("法规处");
		signIn("handler");
		openCase(id);
		List<WebElement> items = driver.findElements(By.cssSelector(".request-item"));
		String released = items.get(0).getAttribute("id").substring("item-".length());
		String withheld = items.get(1).getAttribute("id").substring("item-".length());
		decide(released, "DISCLOSED", null, null);
		decide(withheld, "NOT_DISCLOSED", "PROCESS_INFORMATION", "内部讨论记录属于过程性信息，不予公开。");
		Path pdf = upload("就业补助资金分配表.pdf", PDF);
		Path png = upload("分配结果.png", PNG);
		driver.findElement(By.id("reply-files-input")).sendKeys(pdf + "\n" + png);
		Browser.clickAndWait(driver, driver.findElement(By.id("reply-files-submit")));
		assertThat(driver.findElements(By.cssSelector(".reply-package-staff .reply-files a")).stream().map(WebElement::getText))
			.containsExactly("就业补助资金分配表.pdf", "分配结果.png");
		assertThat(text(".clock-statement")).as("the case page before the reply").contains(WARNING_ZH);
		WebElement letter = driver.findElement(By.id("reply-letter"));
		assertThat(letter.getAttribute("value")).as("the draft letter").isNotBlank();
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#form-reply button[type=submit]")));
		assertThat(text(".status-line")).contains("已答复");
		assertThat(text(".clock-statement")).as("the case page after the reply").doesNotContain(WARNING_ZH);
		assertThat(text("#reply-link-status")).isNotBlank();
		checkPage("case page with the reply, zh", "case-replied", "zh-CN");
		openCase(id, "en");
		assertThat(text(".clock-statement")).doesNotContain(WARNING_EN);
		checkPage("case page with the reply, en", "case-replied", "en");

		driver.manage().deleteAllCookies();
		track(receipt, "zh-CN");
		assertThat(text("main")).as("the warning is gone once the reply is issued").doesNotContain(WARNING_ZH);
		readTheReply("on /track with the code");
		checkPage("/track with the reply, zh", "track-replied", "zh-CN");
		track(receipt, "en");
		assertThat(text("#reply")).contains("Reply");
		assertThat(text("main")).doesNotContain(WARNING_EN);
		checkPage("/track with the reply, en", "track-replied", "en");

		driver.manage().deleteAllCookies();
		String body = mailBody(mail, receipt.number(), "已答复");
		assertThat(body).doesNotContain(receipt.code());
		Matcher link = Pattern.compile("http://localhost:" + port + "(/track/reply/[A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		open(link.group(1));
		Browser.clickAndWait(driver, driver.findElement(By.id("reply-open")));
		assertThat(text("main")).doesNotContain(receipt.code());
		readTheReply("from the mailed link");
		checkPage("the reply from the mailed link", "reply-link", "zh-CN");
	}

	@Test
	@Order(2)
	void aNoticeForTheProvisionalYearMovesTheDueDateAndTellsTheApplicant() throws Exception {
		String mail = "provisional-journey@example.com";
		Receipt receipt = apply(mail, List.of("2026年失业保险稳岗返还资金发放明细"));
		assertThat(text(".receipt-provisional")).as("the receipt").contains(WARNING_ZH);
		// Received Monday 28 December: 20 working days with New Year's Day (a Friday) a provisional rest day.
		assertThat(text("main")).contains("2027年1月26日");

		track(receipt, "zh-CN");
		assertThat(text("#clock-due")).startsWith("2027年1月26日");
		assertThat(text("main")).as("/track").contains(WARNING_ZH);

		signIn("office");
		long id = caseId(receipt);
		openCase(id);
		assign("法规处");
		signIn("handler");
		openCase(id);
		assertThat(text(".clock-statement")).as("the case page").contains("2027-01-26", WARNING_ZH);
		type("extension-days", "20");
		type("extension-reason", "需调取多个市州的发放数据");
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#form-extension button[type=submit]")));
		signIn("officehead");
		openCase(id);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#form-extensionDecision button[value=true]")));
		// Twenty more working days from 26 January, 除夕 (5 February) and 初三 (8 February) provisional rest days.
		assertThat(text(".clock-statement")).contains("2027-02-25", WARNING_ZH);

		signIn("office");
		open("/admin/calendar");
		Path csv = upload("2027年节假日安排.csv", NOTICE_2027.getBytes(StandardCharsets.UTF_8));
		driver.findElement(By.id("file")).sendKeys(csv.toString());
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form[action$='/admin/calendar/import'] button")));
		assertThat(text("h1")).isEqualTo("确认导入");
		assertThat(text(".notice")).contains("自 2027-02-09 起");
		String requestsLine = driver.findElements(By.cssSelector(".notice li"))
			.stream()
			.map(WebElement::getText)
			.filter(line -> line.startsWith("在办依申请公开申请的答复期限"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(text(".notice")));
		assertThat(Integer.parseInt(requestsLine.replaceAll("\\D+", ""))).as(requestsLine).isPositive();
		assertThat(Browser.seriousViolations(driver)).as("calendar preview").isEmpty();
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form[action$='/import/confirm'] button[type=submit]")));

		// The bridge days 9-11 February rest, Saturday 20 February worked: two working days later.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			openCase(id);
			assertThat(text(".clock-statement")).contains("2027-03-01").doesNotContain(WARNING_ZH);
		});
		driver.manage().deleteAllCookies();
		track(receipt, "zh-CN");
		assertThat(text("#clock-due")).startsWith("2027年3月1日");
		assertThat(text("main")).doesNotContain(WARNING_ZH);
		assertThat(text(".timeline-table")).contains("节假日安排调整，答复期限随之变更", "2027-02-25 → 2027-03-01");
		assertThat(mailBody(mail, receipt.number(), "答复期限随之变更")).contains("2027");
	}

	// The applicant's side.

	record Receipt(String number, String code) {
	}

	private Receipt apply(String email, List<String> items) {
		open("/apply?lang=zh-CN");
		driver.findElement(By.id("kind-NATURAL_PERSON")).click();
		type("personName", "周七");
		new Select(driver.findElement(By.id("idType"))).selectByValue("RESIDENT_ID");
		type("idNumber", "430104199001011230");
		type("phone", "0731-84901234");
		type("email", email);
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				Browser.clickAndWait(driver, driver.findElement(By.name("addItem")));
			}
			type("item-" + i + "-description", items.get(i));
		}
		driver.findElement(By.id("wantedForm-ONLINE_DOWNLOAD")).click();
		driver.findElement(By.id("delivery-ONLINE")).click();
		Browser.clickAndWait(driver, driver.findElement(By.id("apply-submit")));
		assertThat(text("h1")).isEqualTo("申请已提交");
		return new Receipt(text("#tracking-number"), text("#query-code"));
	}

	private void track(Receipt receipt, String language) {
		open("/track?lang=" + language + "&number=" + receipt.number());
		type("queryCode", receipt.code());
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(driver.findElements(By.id("request-status"))).as(text("main")).isNotEmpty();
	}

	/** The letter on the page, both files downloaded by their buttons and compared byte for byte. */
	private void readTheReply(String how) throws IOException {
		assertThat(text("#reply .letter-sheet")).as(how).contains("政府信息公开申请答复");
		assertThat(driver.findElements(By.cssSelector("#reply .reply-item"))).as(how).hasSize(2);
		assertThat(text("#reply .reply-withheld")).as(how).contains("不予公开", "内部讨论记录属于过程性信息");
		List<WebElement> files = driver.findElements(By.cssSelector("#reply .reply-files button"));
		assertThat(files.stream().map(WebElement::getText)).as(how).containsExactly("就业补助资金分配表.pdf", "分配结果.png");
		assertThat(download(files.get(0), "就业补助资金分配表.pdf")).as(how).isEqualTo(PDF);
		assertThat(download(driver.findElements(By.cssSelector("#reply .reply-files button")).get(1), "分配结果.png"))
			.as(how)
			.isEqualTo(PNG);
	}

	private byte[] download(WebElement button, String fileName) throws IOException {
		Path file = DOWNLOADS.resolve(fileName);
		Files.deleteIfExists(file);
		button.click();
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.size(file) > 0
				&& !Files.exists(DOWNLOADS.resolve(fileName + ".crdownload")));
		return Files.readAllBytes(file);
	}

	/** The body of the one mail to this address about this application whose subject holds the words. */
	private static String mailBody(String address, String number, String subjectWords) {
		MimeMessage message = await().atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(SmtpServer.greenMail().getReceivedMessages())
				.filter(m -> to(m, address) && subject(m).contains(subjectWords))
				.reduce((first, second) -> second)
				.orElse(null), m -> m != null);
		try {
			String body = plain(message.getContent());
			assertThat(subject(message) + body).contains(number);
			return body;
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String plain(Object content) throws IOException, MessagingException {
		if (content instanceof Multipart parts) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < parts.getCount(); i++) {
				all.append(plain(parts.getBodyPart(i).getContent()));
			}
			return all.toString();
		}
		return String.valueOf(content);
	}

	private static boolean to(Message message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(Message message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// The staff's side.

	private void signIn(String username) {
		driver.manage().deleteAllCookies();
		open("/admin/login?lang=zh-CN");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.DEMO_PASSWORD);
		Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	/** The case's id, from the inbox's link to it. */
	private long caseId(Receipt receipt) {
		open("/admin/requests?q=" + receipt.number());
		String href = driver.findElement(By.xpath("//main//a[contains(., '" + receipt.number() + "')]")).getAttribute("href");
		return Long.parseLong(href.replaceAll(".*/admin/requests/(\\d+).*", "$1"));
	}

	private void openCase(long id) {
		openCase(id, "zh-CN");
	}

	private void openCase(long id, String language) {
		open("/admin/requests/" + id + "?lang=" + language);
	}

	private void assign(String unit) {
		WebElement form = driver.findElement(By.id("form-assign"));
		form.findElement(By.xpath(".//label[normalize-space(.)='" + unit + "']")).click();
		Browser.clickAndWait(driver, form.findElement(By.cssSelector("button[type=submit]")));
	}

	private void decide(String itemId, String reply, String ground, String explanation) {
		String p = "d" + itemId;
		new Select(driver.findElement(By.id(p + "-reply"))).selectByValue(reply);
		if (ground != null) {
			new Select(driver.findElement(By.id(p + "-ground"))).selectByValue(ground);
		}
		if (explanation != null) {
			type(p + "-explanation", explanation);
		}
		WebElement form = driver.findElement(By.id("form-decision-" + itemId));
		Browser.clickAndWait(driver, form.findElement(By.cssSelector("button[type=submit]:not([name=find])")));
		assertThat(driver.findElements(By.id("refusal"))).as(text("main")).isEmpty();
	}

	// The page checks.

	/** Axe at both widths, nothing scrolling sideways at 375 px, and screenshots at 375 and 1280 px. */
	private void checkPage(String what, String name, String language) throws IOException {
		Files.createDirectories(SCREENS);
		for (int width : new int[] { 375, 1280 }) {
			Browser.viewport(driver, width);
			assertThat(Browser.overflow(driver)).as(what + " at " + width + " px scrolls sideways").isEmpty();
			assertThat(Browser.seriousViolations(driver)).as(what + " at " + width + " px").isEmpty();
			Files.write(SCREENS.resolve(name + "-" + language + "-" + width + ".png"), wholePage(width));
		}
		Browser.viewport(driver, 1280);
	}

	/** The whole page from its top, not only the window's part of it. */
	private static byte[] wholePage(int width) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.scrollTo(0, 0)");
		int height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue();
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Math.min(height, 12000), "deviceScaleFactor", 1, "mobile", false));
		try {
			return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		}
		finally {
			Browser.viewport(driver, width);
		}
	}

	private static Path upload(String name, byte[] content) throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "journey-uploads").toAbsolutePath());
		return Files.write(dir.resolve(name), content);
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private static String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

}
