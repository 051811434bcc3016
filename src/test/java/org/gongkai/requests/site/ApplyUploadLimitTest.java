package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.gongkai.requests.Applications;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;

/**
 * The application form through a real server (Tomcat parses the multipart body; MockMvc does not), with the
 * catalogue's small test limits: a body over the server's multipart limit gets the form again with 413 and the
 * reason at the upload field, never a CSRF refusal or a bare error; a body under it is received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:attachment-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data",
		"gongkai.data-dir=target/attachment-limit-data", "gongkai.catalogue.max-attachment-size=1MB",
		"spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=3MB" })
@Import(TestClockConfig.class)
class ApplyUploadLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aBodyOverTheServersLimitGetsTheFormAgainWithTheReasonAtTheUploadField() throws Exception {
		Document form = Jsoup.parse(get("/apply").body());
		String action = form.selectFirst("form#apply-form").attr("action");
		String key = form.selectFirst("input[name=submissionKey]").val();
		assertThat(action).contains("_csrf=");
		assertThat(form.selectFirst("#files-hint").text()).contains("合计不超过 2 MB");

		HttpResponse<String> refused = post(action, key, pdf(5 * 1024 * 1024 / 2));
		assertThat(refused.statusCode()).isEqualTo(413);
		Document shown = Jsoup.parse(refused.body());
		assertThat(shown.selectFirst("#files-error").text()).contains("合计超过 2 MB");
		assertThat(shown.select(".error-summary a[href=#files]")).hasSize(1);
		assertThat(applications.submittedWith(key)).isEmpty();

		HttpResponse<String> received = post(action, key, pdf(1024 * 1024));
		assertThat(received.statusCode()).isEqualTo(302);
		assertThat(received.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/apply/receipt/" + key));
		Document receipt = Jsoup.parse(get("/apply/receipt/" + key).body());
		assertThat(applications.track(receipt.selectFirst("#tracking-number").text(),
				receipt.selectFirst("#query-code").text()).items().get(0).description()).isEqualTo("真实服务器上的申请");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String action, String key, byte[] file) throws Exception {
		Map<String, String> fields = ApplyFormSteps.person("真实服务器上的申请");
		fields.put("submissionKey", key);
		String boundary = "----gongkai" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"证明.pdf\""
				+ "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(action.replace("&amp;", "&")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] pdf(int size) {
		byte[] content = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), size);
		Arrays.fill(content, 9, size, (byte) '\n');
		return content;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
