package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads over the limits, through a real server (Tomcat parses multipart bodies; MockMvc does not): just over
 * the catalogue's attachment limit, and over the server's multipart limit, from the API and from the console's
 * form. Each gets 413 with a message, never a stack trace or a CSRF refusal. Small limits set for this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:attachment-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data",
		"gongkai.data-dir=target/attachment-limit-data", "gongkai.catalogue.max-attachment-size=1MB",
		"spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=3MB" })
@Import(TestClockConfig.class)
class AttachmentLimitTest {

	static final int LIMIT = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	HttpClient http;

	long draft;

	@BeforeEach
	void draft() throws Exception {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String json = Drafts.metadataJson("附件大小限制测试", Drafts.unitId(jdbc, "employment"),
				Drafts.categoryId(jdbc, "employment"), "<p>正文</p>");
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/documents"))
			.header("Authorization", basic("editor"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		draft = Long.parseLong(created.body().replaceAll("\\D", ""));
	}

	@Test
	void theApiAcceptsAFileAtTheLimitAndAnswers413OneByteOver() throws Exception {
		HttpResponse<String> atLimit = apiUpload("刚好一兆.pdf", pdfOfSize(LIMIT));
		assertThat(atLimit.statusCode()).isEqualTo(201);
		HttpResponse<String> over = apiUpload("超出一字节.pdf", pdfOfSize(LIMIT + 1));
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(over.body()).contains("附件不能超过 1 MB。").doesNotContain("Exception", "at org.");
		assertThat(jdbc.queryForObject("select count(*) from catalogue_attachment where document_id = ?", Integer.class,
				draft)).isEqualTo(1);
	}

	@Test
	void theApiAnswersProblemDetailsForABodyOverTheServersMultipartLimit() throws Exception {
		HttpResponse<String> over = apiUpload("巨大文件.pdf", pdfOfSize(5 * LIMIT / 2));
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(over.body()).contains("上传的文件超过了服务器允许的大小，未保存。").doesNotContain("Exception", "at org.");
	}

	@Test
	void theConsoleShowsTheLimitNextToTheUploadFieldWhateverLimitWasHit() throws Exception {
		signIn("editor");
		Document page = Jsoup.parse(get("/admin/documents/" + draft).body());
		String action = page.selectFirst("form[enctype=multipart/form-data]").attr("action");
		assertThat(action).contains("_csrf=");

		for (int size : new int[] { LIMIT + 1, 5 * LIMIT / 2 }) {
			HttpResponse<String> refused = multipart(action, null, "过大的附件.pdf", pdfOfSize(size));
			assertThat(refused.statusCode()).as(size + " bytes").isEqualTo(413);
			Document shown = Jsoup.parse(refused.body());
			assertThat(shown.selectFirst("#file-error").text()).as(size + " bytes").isEqualTo("附件不能超过 1 MB。");
			assertThat(shown.selectFirst("h1").text()).isEqualTo("附件大小限制测试");
		}
		HttpResponse<String> accepted = multipart(action, null, "正常附件.pdf", pdfOfSize(LIMIT / 4));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from catalogue_attachment where document_id = ?", Integer.class,
				draft)).isEqualTo(1);
	}

	@Test
	void aWordImportOverTheServersLimitAnswersTheDraftAsLastSavedAndNamesTheLimit() throws Exception {
		signIn("editor");
		Document form = Jsoup.parse(get("/admin/documents/" + draft + "/edit").body());
		String action = form.selectFirst("button[formaction*=/edit/word]").attr("formaction");

		HttpResponse<String> refused = wordImport(action, "改过但未保存的标题", pdfOfSize(5 * LIMIT / 2));
		assertThat(refused.statusCode()).isEqualTo(413);
		Document shown = Jsoup.parse(refused.body());
		assertThat(shown.selectFirst("#wordFile-error").text()).contains("10 MB", "均未收到", "上次保存的草稿");
		assertThat(shown.selectFirst("input[name=title]").val()).isEqualTo("附件大小限制测试");
		assertThat(shown.selectFirst("input[name=version]")).isNotNull();
	}

	/** The document form sent to the Word import: a typed title, then the file. */
	HttpResponse<String> wordImport(String path, String title, byte[] content) throws Exception {
		String boundary = "----gongkai" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"wordFile\"; filename=\"big.docx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A real PDF padded with blank lines after its end to exactly {@code size} bytes. */
	static byte[] pdfOfSize(int size) throws IOException {
		byte[] pdf = Drafts.pdf("size test");
		byte[] padded = Arrays.copyOf(pdf, size);
		Arrays.fill(padded, pdf.length, size, (byte) '\n');
		return padded;
	}

	void signIn(String username) throws Exception {
		Document login = Jsoup.parse(get("/admin/login").body());
		String csrf = login.selectFirst("input[name=_csrf]").val();
		String form = "username=" + username + "&password=" + URLEncoder.encode(TestAccounts.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> apiUpload(String fileName, byte[] content) throws Exception {
		return multipart("/api/v1/admin/documents/" + draft + "/attachments", basic("editor"), fileName, content);
	}

	HttpResponse<String> multipart(String path, String authorization, String fileName, byte[] content)
			throws Exception {
		String boundary = "----gongkai" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + TestAccounts.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
